import { afterEach, beforeEach, describe, it } from 'vitest';
import type { ScheduleState } from '../../../lib/schedule-state';
import type { Settings } from '../../../lib/settings';
import { MINUTE } from '../../../lib/time';
import { launchChromium, stopServiceWorkers, reportChromiumFailures, type ChromiumSession } from '../support/chromium';
import { check, waitFor } from '../support/poll';
import { breakTimeOf, PROMPT_ID, stateWithWorkLeft } from '../support/schedule';
import type { ExtensionGlobals } from '../support/extension-api';

/** Far enough ahead that the stop and restart happen first, near enough to keep the test short. */
const LEAD_MS = 5_000;
/** How far the next-break time may move across a restart. */
const TOLERANCE_MS = 2_000;

type Case = {
  phase: string;
  /** Brings the schedule to the phase under test; returns the prompts expected by then. */
  arrange(session: ChromiumSession, settings: Settings): Promise<number>;
  /** What must hold after the restart, beyond an unchanged break time. */
  after(session: ChromiumSession, settings: Settings): Promise<void>;
};

let session: ChromiumSession;

const prompts = () => session.probe.count('notifications.create', PROMPT_ID);
const phaseNow = async () => (await session.stored()).schedule?.phase.kind;
const promptShown = async () => PROMPT_ID in (await (await session.harness()).evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.notifications.getAll()));

/** Writes a state through the worker and lets the background act on it (through its alarm). */
async function start(state: ScheduleState): Promise<void> {
  await session.writeSchedule(state);
  await session.nudge();
}

/** Lets a due break come on its own, the way a user meets it. */
async function reachDue(settings: Settings): Promise<void> {
  await start(stateWithWorkLeft(settings, Date.now(), 1_000));
  await waitFor('the prompt to be created', prompts, (n) => n === 1);
  await waitFor('the prompt to be on screen', promptShown, (shown) => shown);
  await waitFor('the phase to be "due"', phaseNow, (k) => k === 'due');
}

/**
 * Stops the worker and waits until Chromium reports it stopped. Returns the probe's start
 * count from before the stop: a worker may be started again by a queued event at once.
 */
async function stopWorker(): Promise<number> {
  const { stops, starts } = session.probe;
  await stopServiceWorkers(session.context);
  await waitFor('the service worker to stop', () => session.probe.stops, (n) => n > stops);
  return starts;
}

/** Waits until a worker started after the stop runs, with the probe's hook in place. */
async function expectRestarted(startsBeforeStop: number): Promise<void> {
  await waitFor('the worker to have started again, hooked by the probe', async () => ({
    starts: session.probe.starts,
    hooked: await session.probe.alive(),
  }), ({ starts, hooked }) => starts > startsBeforeStop && hooked);
}

/** The alarm, not a message, must wake the stopped worker and bring the prompt, once. */
async function promptComesOnItsOwn(): Promise<void> {
  const starts = await stopWorker();
  await waitFor('the prompt to be created after the alarm woke the worker', prompts, (n) => n >= 1, LEAD_MS + 10_000);
  await expectRestarted(starts);
  await waitFor('the phase to be "due"', phaseNow, (k) => k === 'due');
}

const CASES: Case[] = [
  {
    phase: 'working',
    async arrange(_, settings) {
      await start(stateWithWorkLeft(settings, Date.now(), LEAD_MS));
      return 0;
    },
    after: promptComesOnItsOwn,
  },
  {
    phase: 'snoozed',
    async arrange(_, settings) {
      const now = Date.now();
      await start(stateWithWorkLeft(settings, now, 0, { kind: 'snoozed', until: now + LEAD_MS, snoozes: 1 }));
      return 0;
    },
    after: promptComesOnItsOwn,
  },
  {
    phase: 'due',
    async arrange(_, settings) {
      await reachDue(settings);
      return 1;
    },
    async after() {
      check('the prompt to be still on screen', await promptShown(), (shown) => shown);
    },
  },
  {
    phase: 'onBreak',
    async arrange(s, settings) {
      await reachDue(settings);
      await s.send({ type: 'startNow' });
      return 1;
    },
    async after(s, settings) {
      check('no prompt on screen during the routine', await promptShown(), (shown) => !shown);
      await s.send({ type: 'routineFinished' });
      const { schedule, history } = await s.stored();
      check('the finished routine in history', history.at(-1)?.kind, (k) => k === 'routine-completed');
      const next = schedule && breakTimeOf(schedule, settings);
      check(`the next break a full work interval (${settings.workMinutes} min) after the routine`, next, (t) =>
        t !== null && t !== undefined && Math.abs(t - (Date.now() + settings.workMinutes * MINUTE)) <= TOLERANCE_MS,
      );
    },
  },
];

describe('the service worker is stopped mid-cycle (Chromium)', () => {
  beforeEach(async () => {
    session = await launchChromium();
  });
  afterEach(async () => {
    await session?.close();
  });
  reportChromiumFailures(() => session);

  it.each(CASES)('while $phase: the break time holds and the prompt fires exactly once', async ({ phase, arrange, after }) => {
    const { settings } = await session.stored();
    const promptsBefore = await arrange(session, settings);
    const before = await session.stored();
    check(`the phase to be "${phase}" before the stop`, before.schedule?.phase.kind, (k) => k === phase);
    const breakBefore = breakTimeOf(before.schedule!, settings);

    const starts = await stopWorker();
    await session.send({ type: 'status' }); // a page asking for the status wakes the worker
    await expectRestarted(starts);

    const restarted = await session.stored();
    check(`the phase to be "${phase}" after the restart`, restarted.schedule?.phase.kind, (k) => k === phase);
    const breakAfter = breakTimeOf(restarted.schedule!, settings);
    check(
      `the break time to stay within ${TOLERANCE_MS} ms of ${breakBefore} (${new Date(breakBefore ?? 0).toISOString()})`,
      breakAfter,
      (t) => t !== null && breakBefore !== null && Math.abs(t - breakBefore) <= TOLERANCE_MS,
    );
    check(`${promptsBefore} prompt(s) so far: a restart must not show it again`, prompts(), (n) => n === promptsBefore);

    await after(session, settings);
    await session.nudge(); // one more event: still no second prompt
    check('the prompt created exactly once in the cycle', prompts(), (n) => n === Math.max(1, promptsBefore));
  });
});
