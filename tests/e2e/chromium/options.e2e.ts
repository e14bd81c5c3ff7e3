import { describe, it } from 'vitest';
import { MINUTE } from '../../../lib/time';
import { chromiumPerTest } from '../support/chromium';
import { check, show, waitFor } from '../support/poll';
import { breakTimeOf } from '../support/schedule';
import { openPage, openPopup } from '../support/ui';
import type { ExtensionGlobals } from '../support/extension-api';

const WORK_LABEL = 'Work interval (minutes)';
/** What the page says for a work interval of 5, in English (locales/en.yml settings.form.outOfRange). */
const OUT_OF_RANGE = 'Work interval is out of range: enter a whole number from 10 to 180 minutes.';

describe('the options page (Chromium)', () => {
  const chromium = chromiumPerTest();

  const rawSync = async () => (await chromium.session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.sync.get());

  it('shows the message for an invalid value and leaves storage unchanged', async () => {
    const before = await rawSync();
    const page = await openPage(chromium.session, 'options.html');
    const input = page.getByLabel(WORK_LABEL);
    await input.fill('5');
    await input.press('Tab'); // leaving the field commits it

    await page.locator('#workMinutes-error').getByText(OUT_OF_RANGE, { exact: true }).waitFor();
    check('the field marked invalid', await input.getAttribute('aria-invalid'), (v) => v === 'true');
    check('the message tied to the field (aria-describedby)', await input.getAttribute('aria-describedby'), (d) => !!d?.split(' ').includes('workMinutes-error'));
    const after = await rawSync();
    check(`storage.sync unchanged from ${show(before)}`, after, (a) => JSON.stringify(a) === JSON.stringify(before));
  });

  it('keeps a valid value across a reload, and the schedule follows it', async () => {
    const { settings, schedule } = await chromium.session.stored();
    const breakBefore = breakTimeOf(schedule!, settings)!;
    const badges = chromium.session.probe.count('action.setBadgeText');

    const page = await openPage(chromium.session, 'options.html');
    const input = page.getByLabel(WORK_LABEL);
    await input.fill('30');
    await input.press('Tab');
    await waitFor('storage.sync settings.workMinutes to be 30', async () => (await chromium.session.stored()).settings.workMinutes, (m) => m === 30);

    await page.reload();
    await waitFor('the field to show 30 after a reload', () => page.getByLabel(WORK_LABEL).inputValue(), (v) => v === '30');

    // The background re-plans: the badge counts down from 30 minutes now.
    await waitFor(
      'the worker to set the badge to 30 (minutes left) after the change',
      () => chromium.session.probe.calls.slice(badges).filter((c) => c.api === 'action.setBadgeText').map((c) => (c.args[0] as { text: string }).text),
      (texts) => texts.includes('30'),
    );
    const stored = await chromium.session.stored();
    const breakAfter = breakTimeOf(stored.schedule!, stored.settings)!;
    check(`the next break 15 min earlier than ${new Date(breakBefore).toISOString()}`, breakAfter - breakBefore, (d) => Math.abs(d + 15 * MINUTE) <= 2_000);
    const popup = await openPopup(chromium.session);
    const shown = Number(await popup.getByTestId('next-break').getAttribute('data-next-break-at'));
    check('the popup to count down to the new next-break time', shown, (t) => Math.abs(t - breakAfter) <= 2_000);
  });
});
