import { describe, it } from 'vitest';
import { DESK_ROUTINE } from '../../../lib/routine';
import { stepStartMs } from '../../../lib/routine-timer';
import { initialScheduleState } from '../../../lib/schedule-state';
import { HOUR, MINUTE, SECOND } from '../../../lib/time';
import { chromiumPerTest, stopServiceWorkers } from '../support/chromium';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, waitFor } from '../support/poll';
import { KEYS } from '../support/schedule';
import { dismissSafetyNote, openPage, openPopup, parseCountdown, POPUP_VIEWPORT } from '../support/ui';
import { words } from '../support/words';

// Each fact has one owner; these are the defects users met while it had two.
describe('one owner for every fact (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('two pages open on one routine both show it running, in step, for 10 s', async () => {
    const popup = await openPopup(chromium.session);
    await dismissSafetyNote(popup);
    await popup.getByRole('button', { name: 'Start routine' }).click();
    await popup.getByTestId('routine-player').waitFor();
    // A second Midbreak page (the break window) opens while the routine runs.
    const window = await openPage(chromium.session, 'break.html', { viewport: { width: 420, height: 720 } });
    await window.getByTestId('routine-player').waitFor();
    // What a user sees: the step, its seconds left, and whether the pause button offers to resume.
    const read = async (page: typeof popup) => {
      const [title, seconds, play, notice] = await Promise.all([
        page.getByTestId('step-title').textContent(),
        page.getByTestId('step-seconds').textContent(),
        page.locator('.controls button.play').textContent(),
        page.getByRole('region', { name: 'Routine in progress' }).count(),
      ]);
      const index = DESK_ROUTINE.steps.findIndex((s) => words('en', s.title) === title);
      const step = DESK_ROUTINE.steps[index];
      const elapsed = (stepStartMs(DESK_ROUTINE, index) + (step.durationSec - parseInt(seconds ?? '', 10)) * SECOND);
      return { elapsed, paused: play?.trim() !== 'Pause' || notice > 0 };
    };
    let last = -1;
    const until = Date.now() + 10 * SECOND;
    while (Date.now() < until) {
      const [a, b] = await Promise.all([read(popup), read(window)]);
      check('neither page shows the routine paused or "Welcome back"', [a.paused, b.paused], ([x, y]) => !x && !y);
      check('the two pages within 1 s of each other', Math.abs(a.elapsed - b.elapsed), (d) => d <= SECOND);
      check('the routine keeps running', a.elapsed, (e) => e >= last);
      last = a.elapsed;
      await popup.waitForTimeout(500);
    }
    check('10 s of routine time passed in both', last, (e) => e >= 9 * SECOND);
    const progress = await chromium.session.harness().then((h) =>
      h.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get('routineProgress')),
    );
    check('the stored routine never paused', (progress.routineProgress as { pauses: unknown[] }).pauses, (p) => p.length === 0);
  });

  it('after a 2-hour gap the popup shows a fresh work interval, never a break due or 0:00', async () => {
    const { settings } = await chromium.session.stored();
    const now = Date.now();
    // The machine slept 2 hours with 1 minute of work left; no worker ran since.
    const slept = { ...initialScheduleState(now - 2 * HOUR), activeMs: settings.workMinutes * MINUTE - MINUTE };
    const harness = await chromium.session.harness();
    const { probe } = chromium.session;
    // From now on a worker that starts stays paused before its first script (held before
    // the stop, so that a restart by an event still queued is held too): the popup, which
    // asks the worker for the status (issue 13), can show only its placeholder meanwhile.
    const release = probe.hold();
    let released = false;
    try {
      const stops = probe.stops;
      await stopServiceWorkers(chromium.session.context);
      await waitFor('the worker to stop', () => probe.stops, (n) => n > stops);
      await harness.evaluate(([key, state]) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ [key]: state }), [KEYS.schedule, slept] as const);
      const popup = await openPage(chromium.session, 'popup.html', { viewport: POPUP_VIEWPORT });
      const status = popup.getByTestId('status');
      check('while the worker is held, the status is a placeholder', await status.getAttribute('aria-busy'), (b) => b === 'true');
      check('… which says it is reading', await status.locator('h2').textContent(), (h) => h === 'Reading the schedule…');
      release();
      released = true;
      // The popup's request wakes the worker, which works out the status at this moment.
      await waitFor('the status', () => status.getAttribute('data-phase'), (p) => p !== null);
      const heading = await status.locator('h2').textContent();
      check('the popup says the next break is coming, not that it is due', heading, (h) => h === 'Next break in');
      const left = parseCountdown((await popup.getByTestId('next-break').textContent()) ?? '');
      check(`a fresh ${settings.workMinutes}-minute interval (the 2 hours were a natural break)`, left, (s) => s !== null && s >= settings.workMinutes * 60 - 5);
    } finally {
      if (!released) release();
    }
  });

  it('the keyboard shortcut is bound after install', async () => {
    const harness = await chromium.session.harness();
    const commands = await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.commands.getAll());
    const command = commands.find((c) => c.name === 'start-routine');
    check('start-routine bound to Alt+Shift+M', command?.shortcut, (s) => s === 'Alt+Shift+M');
  });
});
