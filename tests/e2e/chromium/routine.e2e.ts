import { describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { SECOND } from '../../../lib/time';
import { chromiumPerTest } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { dismissSafetyNote, openPopup } from '../support/ui';
import { words } from '../support/words';

describe('the routine (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('runs every step to the finish screen and records the routine in history', async () => {
    // Playwright's clock drives the page's time: 60 seconds pass in a few milliseconds.
    const page = await openPopup(chromium.session, { clock: true });
    await dismissSafetyNote(page);
    await page.getByRole('button', { name: 'Start routine' }).click();
    await waitFor('the background to know the break began', async () => (await chromium.session.stored()).schedule?.phase.kind, (k) => k === 'onBreak');

    const title = page.getByTestId('step-title');
    for (const [i, step] of DESK_ROUTINE.steps.entries()) {
      await waitFor(`step ${i + 1} to be "${words('en', step.title)}"`, () => title.textContent(), (t) => t === words('en', step.title));
      await page.getByText(`Step ${i + 1} of ${DESK_ROUTINE.steps.length}`, { exact: true }).waitFor();
      await page.clock.runFor(step.durationSec * SECOND);
    }

    await page.getByRole('heading', { name: 'Routine done' }).waitFor();
    const { history, schedule } = await waitFor(
      'a completed routine in stored history',
      () => chromium.session.stored(),
      (s) => s.history.some((e) => e.kind === 'routine-completed'),
    );
    check('exactly one history entry, the completed routine', history.map((e) => e.kind), (k) => k.length === 1 && k[0] === 'routine-completed');
    check('a new work cycle after the routine', schedule?.phase.kind, (k) => k === 'working');
  });
});
