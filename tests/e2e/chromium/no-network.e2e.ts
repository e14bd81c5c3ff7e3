import { afterEach, beforeEach, describe, it } from 'vitest';
import { launchChromium, reportChromiumFailures, type ChromiumSession } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { PROMPT_ID, stateWithWorkLeft } from '../support/schedule';

/** Schemes that never leave the machine: a page's own inline data. */
const LOCAL_SCHEMES = ['data:', 'blob:'];

describe('no network (Chromium)', () => {
  let session: ChromiumSession;
  beforeEach(async () => {
    session = await launchChromium();
  });
  afterEach(async () => {
    await session?.close();
  });
  reportChromiumFailures(() => session);

  it('keeps every request of the pages and the worker inside the extension', async () => {
    const pages = ['popup.html', 'break.html', 'options.html'];
    for (const path of pages) {
      const page = await session.open(path);
      await page.waitForLoadState('networkidle');
    }
    // A whole cycle in the worker: a break comes due and its prompt is shown.
    const { settings } = await session.stored();
    await session.writeSchedule(stateWithWorkLeft(settings, Date.now(), 1_000));
    await session.nudge();
    await waitFor('the prompt to be created', () => session.probe.count('notifications.create', PROMPT_ID), (n) => n >= 1);

    const inside = `chrome-extension://${session.extensionId}/`;
    const all = [...session.pageRequests, ...session.probe.requests];
    check(`requests from ${pages.join(', ')} and the worker to be seen`, all, (urls) => pages.every((p) => urls.includes(inside + p)));
    const outside = all.filter((url) => !url.startsWith(inside) && !LOCAL_SCHEMES.some((s) => url.startsWith(s)));
    check(`every request to start with ${inside}`, outside, (urls) => urls.length === 0);
  });
});
