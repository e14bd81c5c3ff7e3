import { waitUntil } from '../support/storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM_NAME, BACKUP_ALARM_NAME, BACKUP_DELAY_MS } from '../../../lib/adapters/alarms';
import { PROMPT_ID } from '../../../lib/adapters/notifications';
import { startBackground } from '../../../lib/background/start';
import { initialScheduleState, type ScheduleState } from '../../../lib/schedule-state';
import { defaultSettings } from '../../../lib/settings';
import { MINUTE } from '../../../lib/time';
import { completeFakeBrowser } from './fake-env';

const T0 = new Date(2026, 10, 16, 10, 0).getTime();
let now = T0;
const clock = () => now;
let env: ReturnType<typeof completeFakeBrowser>;
let running: ReturnType<typeof startBackground>[] = [];

/** Starts the worker's wiring as a fresh worker would, and waits for its startup reconcile. */
async function startWorker() {
  const bg = startBackground(clock);
  running.push(bg);
  await bg.engine.settled();
  return bg;
}

/** Kills the running worker: its listeners go, storage stays. */
function killWorker() {
  running.forEach((bg) => bg.dispose());
  running = [];
}

const stored = async () => (await fakeBrowser.storage.local.get('schedule')).schedule as ScheduleState;
/** The kinds of the stored history's raw events, oldest first. */
const storedKinds = async () =>
  (((await fakeBrowser.storage.local.get('history')).history as { events?: { kind: string }[] } | undefined)?.events ?? []).map((e) => e.kind);
const alarmAt = async () => (await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime;
/** Chrome's notification options; the polyfill's types are Firefox's, which have no buttons. */
type ChromeNotification = { buttons?: { title: string }[] };
const promptOptions = async () => (await fakeBrowser.notifications.getAll())[PROMPT_ID] as ChromeNotification;
const prompts = async () => Object.keys(await fakeBrowser.notifications.getAll()).filter((id) => id === PROMPT_ID);

async function fireAlarm(bg: ReturnType<typeof startBackground>) {
  const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
  if (!alarm) throw new Error('no alarm set');
  now = alarm.scheduledTime;
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await bg.engine.settled();
}

beforeEach(async () => {
  fakeBrowser.reset();
  env = completeFakeBrowser();
  now = T0;
  await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), badgeCountdown: false } });
});
afterEach(() => killWorker());

describe('background wiring', () => {
  it('a fresh start sets the heartbeat alarm and turns on idle detection', async () => {
    await startWorker();
    expect(await alarmAt()).toBe(T0 + 5 * MINUTE - 30_000);
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(60);
    expect((await stored()).phase.kind).toBe('working');
  });

  it('a start reads the idle state, so a stale stored one cannot stop the count', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0 - 60 * MINUTE), user: 'locked', userSince: T0 - 60 * MINUTE, lastSeen: T0 - 60 * MINUTE } });
    await startWorker();
    await waitUntil(async () => expect((await stored()).user).toBe('active'));
    expect(fakeBrowser.idle.queryState).toHaveBeenCalledWith(60);
    expect(await storedKinds()).toEqual(['natural-break']);
  });

  it('alarms carry the count to the prompt, shown once', async () => {
    const bg = await startWorker();
    for (let i = 0; i < 20 && (await prompts()).length === 0; i++) await fireAlarm(bg);
    expect(now).toBe(T0 + 45 * MINUTE);
    expect(await prompts()).toEqual([PROMPT_ID]);
    expect((await promptOptions()).buttons?.map((b) => b.title)).toEqual(['Start routine', 'Snooze 5 min']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('asks about fullscreen only when the break comes due, and then waits for it to end', async () => {
    const focused = vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ state: 'fullscreen' } as never);
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 44 * MINUTE } });
    const bg = await startWorker();
    expect(focused).not.toHaveBeenCalled();
    await fireAlarm(bg); // 45 minutes: due, but fullscreen
    expect(focused).toHaveBeenCalledTimes(1);
    expect((await stored()).phase.kind).toBe('deferred');
    expect(await prompts()).toEqual([]);
    expect(await alarmAt()).toBe(now + MINUTE);
    focused.mockResolvedValue({ state: 'normal' } as never);
    await fireAlarm(bg);
    expect((await stored()).phase.kind).toBe('due');
    expect(await prompts()).toEqual([PROMPT_ID]);
  });

  it('an idle event pauses the count and sets the natural-break alarm', async () => {
    const bg = await startWorker();
    now = T0 + 2 * MINUTE;
    env.setIdle('idle');
    await bg.engine.settled();
    const state = await stored();
    expect(state.user).toBe('idle');
    expect(state.activeMs).toBe(MINUTE);
    expect(await alarmAt()).toBe(T0 + MINUTE + 5 * MINUTE);
  });

  it('a restarted worker resumes from storage with the same next-break time', async () => {
    await fakeBrowser.storage.sync.set({ settings: defaultSettings() });
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 40 * MINUTE } });
    await startWorker();
    const before = await stored();
    killWorker();
    now = T0 + 20_000;
    await startWorker();
    const after = await stored();
    expect(after.activeMs).toBe(before.activeMs + 20_000);
    expect(now + 45 * MINUTE - after.activeMs).toBe(T0 + 5 * MINUTE); // the next break has not moved
    expect(await prompts()).toEqual([]);
  });

  it('a restart while due keeps one prompt, never a second', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), phase: { kind: 'due', since: T0, snoozes: 0 } } });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await startWorker();
    killWorker();
    await startWorker();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await prompts()).toEqual([PROMPT_ID]);
  });

  it('a prompt the user closed stays closed when the worker restarts', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), phase: { kind: 'due', since: T0, snoozes: 0 } } });
    const bg = await startWorker();
    await fakeBrowser.notifications.clear(PROMPT_ID);
    await fakeBrowser.notifications.onClosed.trigger(PROMPT_ID, true);
    await bg.engine.settled();
    killWorker();
    await startWorker();
    expect(await prompts()).toEqual([]);
    expect((await stored()).phase).toMatchObject({ kind: 'due', dismissed: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it.each<[string, number | null, string, string[]]>([
    ['clicking the prompt starts the routine', null, 'onBreak', []],
    ['the first button starts the routine', 0, 'onBreak', []],
    ['the second button snoozes', 1, 'snoozed', ['snoozed']],
  ])('%s', async (_name, button, phase, history) => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), phase: { kind: 'due', since: T0, snoozes: 0 } } });
    const bg = await startWorker();
    if (button === null) await fakeBrowser.notifications.onClicked.trigger(PROMPT_ID);
    else await fakeBrowser.notifications.onButtonClicked.trigger(PROMPT_ID, button);
    await waitUntil(async () => expect((await stored()).phase.kind).toBe(phase));
    await bg.engine.settled();
    expect(await prompts()).toEqual([]);
    expect(await storedKinds()).toEqual(history);
    if (phase === 'onBreak') {
      // openPopup is refused here, so the routine opens in a window of its own.
      await waitUntil(async () => expect((await fakeBrowser.windows.getAll()).length).toBeGreaterThan(0));
    }
  });

  it('the second button skips once snoozes are used up', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), phase: { kind: 'due', since: T0, snoozes: 3 } } });
    const bg = await startWorker();
    expect((await promptOptions()).buttons?.[1].title).toBe('Skip this break');
    await fakeBrowser.notifications.onButtonClicked.trigger(PROMPT_ID, 1);
    await waitUntil(async () => expect((await stored()).phase.kind).toBe('working'));
    await bg.engine.settled();
    expect(await storedKinds()).toEqual(['skipped']);
  });

  it.each<[object, string]>([
    [{ type: 'pause', option: '1h' }, 'paused'],
    [{ type: 'startNow' }, 'onBreak'],
    [{ type: 'skip' }, 'working'],
  ])('the message %j is answered and applied', async (message, phase) => {
    await startWorker();
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, {});
    expect(reply).toMatchObject({ ok: true, phase, status: { phase } });
    expect((await stored()).phase.kind).toBe(phase);
  });

  it('a status request answers from storage and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 40 * MINUTE } });
    await startWorker();
    const before = await stored();
    now = T0 + MINUTE;
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'status' }, {});
    expect(reply).toMatchObject({ ok: true, phase: 'working', status: { remainingMs: 4 * MINUTE, nextBreakAt: T0 + 5 * MINUTE } });
    expect(await stored()).toEqual(before);
  });

  it('refuses an unknown message without touching the state', async () => {
    await startWorker();
    const before = await stored();
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'format-disk' }, {});
    expect(reply).toEqual({ ok: false, error: 'Unknown request.' });
    expect(await stored()).toEqual(before);
  });

  it('the keyboard command starts the routine', async () => {
    const bg = await startWorker();
    env.runCommand('start-routine');
    await waitUntil(async () => expect((await stored()).phase.kind).toBe('onBreak'));
    await bg.engine.settled();
  });

  it('a settings change from another device applies without a restart', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 30 * MINUTE } });
    const bg = await startWorker();
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), workMinutes: 20 } });
    await waitUntil(async () => expect((await stored()).phase.kind).toBe('due'));
    await bg.engine.settled();
    expect(await prompts()).toEqual([PROMPT_ID]);
  });
});

describe('active time a day', () => {
  it('hands a finished day’s active time to the history when counting passes midnight', async () => {
    now = new Date(2026, 10, 16, 23, 50).getTime();
    await fakeBrowser.storage.local.set({ schedule: initialScheduleState(now) });
    const bg = await startWorker();
    while (now < new Date(2026, 10, 17, 0, 10).getTime()) await fireAlarm(bg);
    const history = (await fakeBrowser.storage.local.get('history')).history as { days: { day: string; activeMs: number }[] };
    expect(history.days).toEqual([expect.objectContaining({ day: '2026-11-16', activeMs: 10 * MINUTE })]);
    expect((await stored()).today.day).toBe('2026-11-17');
  });
});

describe('a missed prompt comes back once, across worker restarts', () => {
  it('is shown when due, once more after 10 minutes, and never a third time', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const shown = () => create.mock.calls.filter(([id]) => (id as unknown) === PROMPT_ID).length;
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 45 * MINUTE - 1000 } });
    let bg = await startWorker();
    await fireAlarm(bg);
    expect(shown()).toBe(1);
    // The worker is stopped and started again several times while the prompt waits.
    for (let i = 0; i < 3; i++) {
      killWorker();
      now += MINUTE;
      bg = await startWorker();
    }
    expect(shown()).toBe(1);
    while (now < T0 + 30 * MINUTE) {
      await fireAlarm(bg);
      killWorker();
      bg = await startWorker();
    }
    expect(shown()).toBe(2);
    expect((await stored()).phase).toMatchObject({ kind: 'due', nudged: true });
  });
});

describe('a worker stopped at any instant', () => {
  it('every alarm has a repeating backup a little after it', async () => {
    await startWorker();
    const main = await fakeBrowser.alarms.get(ALARM_NAME);
    const backup = await fakeBrowser.alarms.get(BACKUP_ALARM_NAME);
    expect(backup).toMatchObject({ scheduledTime: main!.scheduledTime + BACKUP_DELAY_MS, periodInMinutes: 0.5 });
  });

  it('a worker stopped right after the due alarm woke it still prompts, from the backup', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 45 * MINUTE - 1000 } });
    await startWorker();
    const due = (await fakeBrowser.alarms.get(ALARM_NAME))!.scheduledTime;
    // The alarm fires (Chrome consumes a one-shot alarm as it fires) and the worker is stopped
    // before its engine has done anything.
    now = due;
    await fakeBrowser.alarms.clear(ALARM_NAME);
    killWorker();
    expect(await prompts()).toEqual([]);
    const backup = await fakeBrowser.alarms.get(BACKUP_ALARM_NAME);
    expect(backup?.scheduledTime).toBe(due + BACKUP_DELAY_MS);
    now = backup!.scheduledTime;
    const bg = await startWorker();
    await fakeBrowser.alarms.onAlarm.trigger(backup!);
    await bg.engine.settled();
    expect(await prompts()).toEqual([PROMPT_ID]);
    expect((await stored()).phase.kind).toBe('due');
  });

  it('writes the state, then prompts, and only then moves the alarms on (the old backup covers a stop before)', async () => {
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 45 * MINUTE - 1000 } });
    const bg = await startWorker();
    const order: string[] = [];
    const spy = <T extends object>(api: T, fn: keyof T, name: string) => {
      const original = (api[fn] as (...a: unknown[]) => unknown).bind(api);
      vi.spyOn(api, fn as never).mockImplementation(((...args: unknown[]) => {
        order.push(name);
        return original(...args);
      }) as never);
    };
    spy(fakeBrowser.alarms, 'create', 'alarm');
    spy(fakeBrowser.storage.local, 'set', 'state');
    spy(fakeBrowser.notifications, 'create', 'prompt');
    await fireAlarm(bg);
    expect(order.filter((x, i) => order.indexOf(x) === i)).toEqual(['state', 'prompt', 'alarm']);
  });
});

describe('stored data that is corrupt, old or from the future', () => {
  it.each<[string, unknown]>([
    ['garbage', 'not a state'],
    ['wrong types', { v: 1, phase: { kind: 'working' }, activeMs: '12', countedAt: null }],
    ['a pause ending at 1e300', { ...initialScheduleState(T0), phase: { kind: 'paused', until: 1e300 } }],
  ])('%s in the schedule is replaced by a fresh cycle without a crash', async (_name, raw) => {
    await fakeBrowser.storage.local.set({ schedule: raw, history: { not: 'a list' } });
    await startWorker();
    expect(await stored()).toEqual(initialScheduleState(T0));
    expect(await alarmAt()).toBeDefined();
  });

  it('a schedule and history from a newer version are kept untouched; this version runs on in session storage', async () => {
    const newer = { schedule: { v: 99, phase: { kind: 'teleporting' }, activeMs: 1 }, history: { v: 99, events: 'elsewhere' } };
    await fakeBrowser.storage.local.set(newer);
    const bg = await startWorker();
    expect((await fakeBrowser.storage.session.get('schedule')).schedule).toEqual(initialScheduleState(T0));
    expect(await alarmAt()).toBeDefined();
    // A break taken in this session is kept for the session, and the newer data stays as it was.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'startNow' }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'routineFinished' }, {});
    await bg.engine.settled();
    const session = (await fakeBrowser.storage.session.get('history')).history as { events: { kind: string }[] };
    expect(session.events.map((e) => e.kind)).toEqual(['routine-completed']);
    expect(await fakeBrowser.storage.local.get(['schedule', 'history'])).toEqual(newer);
  });

  it('old settings missing newer fields keep what they had and gain the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { workMinutes: 30 } });
    await fakeBrowser.storage.local.set({ schedule: { ...initialScheduleState(T0), activeMs: 29 * MINUTE } });
    const bg = await startWorker();
    await fireAlarm(bg);
    expect(now).toBe(T0 + MINUTE); // due after 30 minutes, not the default 45
    expect((await stored()).phase.kind).toBe('due');
  });

  it('corrupt history is kept out of the way when new entries are written', async () => {
    await fakeBrowser.storage.local.set({ history: 'garbage', schedule: { ...initialScheduleState(T0), phase: { kind: 'due', since: T0, snoozes: 0 } } });
    await startWorker();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'skip' }, {});
    expect(await storedKinds()).toEqual(['skipped']);
  });
});
