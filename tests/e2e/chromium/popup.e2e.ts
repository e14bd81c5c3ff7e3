import { describe, it } from 'vitest';
import { MINUTE } from '../../../lib/time';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { breakTimeOf, stateWithWorkLeft } from '../support/schedule';
import { openPopup, parseCountdown } from '../support/ui';

/** How far the popup's countdown may be from the background's next-break time. */
const TOLERANCE_MS = 2_000;

describe('the popup (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('shows the status and a countdown that matches the background', async () => {
    const { settings } = await chromium.session.stored();
    await chromium.session.writeSchedule(stateWithWorkLeft(settings, Date.now(), 20 * MINUTE + 30_000));
    await chromium.session.nudge();
    const { schedule } = await chromium.session.stored();
    const breakAt = breakTimeOf(schedule!, settings)!;

    const page = await openPopup(chromium.session);
    const status = page.getByTestId('status');
    check('the status to say the cycle is "working"', await status.getAttribute('data-phase'), (p) => p === 'working');
    await page.getByRole('heading', { name: 'Next break in' }).waitFor();

    const countdown = page.getByTestId('next-break');
    const shownAt = Number(await countdown.getAttribute('data-next-break-at'));
    check(`the popup's next-break time within ${TOLERANCE_MS} ms of the background's ${breakAt}`, shownAt, (t) => Math.abs(t - breakAt) <= TOLERANCE_MS);

    // What the user reads: m:ss left, against the background's time, at the moment of reading.
    const read = async () => ({ text: await countdown.textContent(), left: (breakAt - Date.now()) / 1000 });
    await waitFor(
      'the countdown text to show the time left until the background’s next break (±2 s)',
      read,
      ({ text, left }) => {
        const shown = parseCountdown(text ?? '');
        return shown !== null && Math.abs(shown - left) <= TOLERANCE_MS / 1000;
      },
    );
    // It counts down while the popup stays open.
    const first = parseCountdown((await countdown.textContent()) ?? '')!;
    await waitFor('the countdown to tick down', async () => parseCountdown((await countdown.textContent()) ?? ''), (s) => s !== null && s < first, 5_000);
  });
});
