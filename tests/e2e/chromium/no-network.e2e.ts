import { describe, it } from 'vitest';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { PROMPT_ID, stateWithWorkLeft } from '../support/schedule';

/** Schemes that never leave the machine: a page's own inline data. */
const LOCAL_SCHEMES = ['data:', 'blob:'];

describe('no network (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('keeps every request of the pages and the worker inside the extension', async () => {
    const pages = ['popup.html', 'break.html', 'options.html'];
    for (const path of pages) {
      const page = await chromium.session.open(path);
      await page.waitForLoadState('networkidle');
    }
    // A whole cycle in the worker: a break comes due and its prompt is shown.
    const { settings } = await chromium.session.stored();
    await chromium.session.writeSchedule(stateWithWorkLeft(settings, Date.now(), 1_000));
    await chromium.session.nudge();
    await waitFor('the prompt to be created', () => chromium.session.probe.count('notifications.create', PROMPT_ID), (n) => n >= 1);

    const inside = `chrome-extension://${chromium.session.extensionId}/`;
    const all = [...chromium.session.pageRequests, ...chromium.session.probe.requests];
    check(`requests from ${pages.join(', ')} and the worker to be seen`, all, (urls) => pages.every((p) => urls.includes(inside + p)));
    const outside = all.filter((url) => !url.startsWith(inside) && !LOCAL_SCHEMES.some((s) => url.startsWith(s)));
    check(`every request to start with ${inside}`, outside, (urls) => urls.length === 0);
  });
});
