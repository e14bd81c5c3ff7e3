import { describe, expect, it } from 'vitest';
import { next, nextWake, badgeFor, type Effect, type ScheduleEvent } from '../../lib/schedule';
import { activityAt, BREAK_TIMEOUT_MS, HEARTBEAT_MARGIN_MS } from '../../lib/schedule-advance';
import type { HistoryEntry } from '../../lib/history';
import { initialScheduleState, type ScheduleState } from '../../lib/schedule-state';
import { defaultSettings, type Settings } from '../../lib/settings';
import { MINUTE, SECOND } from '../../lib/time';
import { weekdaysNineToFive } from '../../lib/working-hours';

// A fixed Monday, 10:00 local time; every scenario counts from here.
const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();
const at = (minutes: number) => T0 + minutes * MINUTE;

/** The world at a step: `true` means fullscreen (the common case), or say which holds. */
type World = boolean | { fullscreen?: boolean; audible?: boolean };
type Step = [minutes: number, event: ScheduleEvent, world?: World];

/**
 * Runs events through the core as the background would: between the user's events the
 * worker wakes at every alarm the core asked for (as Chrome's one-shot alarm would), unless
 * `alarms` is false: then only the listed events reach the core (a sleeping machine, a closed browser).
 */
function run(
  steps: Step[],
  settings: Settings = defaultSettings(),
  start: ScheduleState = initialScheduleState(T0),
  { alarms = true }: { alarms?: boolean } = {},
) {
  let state = start;
  const effects: Effect[] = [];
  const log: HistoryEntry[] = [];
  let world = { fullscreen: false, audible: false };
  const apply = (now: number, event: ScheduleEvent) => {
    const t = next(state, event, { now, settings, ...world });
    state = t.state;
    effects.push(...t.effects);
    log.push(...t.history);
  };
  const wakeUntil = (end: number) => {
    for (let guard = 0; guard < 10_000; guard++) {
      const wake = nextWake(state, settings, state.lastSeen);
      if (wake === null || wake > end) return;
      apply(wake, { type: 'tick' });
    }
    throw new Error('the core asked for endless wake-ups');
  };
  for (const [minutes, event, fs] of steps) {
    if (alarms) wakeUntil(at(minutes));
    const given = typeof fs === 'boolean' ? { fullscreen: fs } : fs;
    world = given !== undefined ? { ...world, ...given } : alarms ? world : { fullscreen: false, audible: false };
    apply(at(minutes), event);
  }
  const history = log.map((x) => x.kind);
  const prompts = effects.filter((e) => e.type === 'showPrompt').length;
  return { state, effects, history, prompts };
}

/** Runs without any alarms: only the listed events reach the core (a sleeping machine, a closed browser). */
const runBare = (steps: Step[], settings: Settings = defaultSettings()) => run(steps, settings, initialScheduleState(T0), { alarms: false });

describe('active time and the due prompt', () => {
  it.each<[string, Step[], string, number]>([
    ['not yet due at 44 active minutes', [[44, { type: 'tick' }]], 'working', 0],
    ['due at 45 active minutes', [[45, { type: 'tick' }]], 'due', 1],
    ['3 idle minutes pause the count: not due at 45 wall minutes', [[21, { type: 'idle', state: 'idle' }], [23, { type: 'idle', state: 'active' }], [45, { type: 'tick' }]], 'working', 0],
    ['3 idle minutes pause the count: due 3 minutes later', [[21, { type: 'idle', state: 'idle' }], [23, { type: 'idle', state: 'active' }], [48, { type: 'tick' }]], 'due', 1],
    ['a due prompt stays one prompt while the user keeps working (until it comes back once, at 55)', [[45, { type: 'tick' }], [54, { type: 'tick' }]], 'due', 1],
  ])('%s', (_name, steps, phase, prompts) => {
    const r = run(steps);
    expect(r.state.phase.kind).toBe(phase);
    expect(r.prompts).toBe(prompts);
  });

  it('counts exactly: 3 idle minutes (reported one detection interval late) leave 42 active minutes at 45', () => {
    // Idle is reported at 21:00 after 60 s of silence, so the user stopped at 20:00.
    const r = run([[21, { type: 'idle', state: 'idle' }], [23, { type: 'idle', state: 'active' }], [45, { type: 'tick' }]]);
    expect(r.state.activeMs).toBe(42 * MINUTE);
  });

  it('the alarm the core asks for lands on the due minute', () => {
    const t = next(initialScheduleState(T0), { type: 'startup' }, { now: T0, settings: { ...defaultSettings(), badgeCountdown: false }, fullscreen: false, audible: false });
    expect(t.effects).toContainEqual({ type: 'setAlarm', at: T0 + 5 * MINUTE - HEARTBEAT_MARGIN_MS });
    const late = { ...t.state, activeMs: 44 * MINUTE };
    expect(nextWake(late, { ...defaultSettings(), badgeCountdown: false }, T0)).toBe(T0 + MINUTE);
  });
});

describe('natural breaks', () => {
  it.each<[string, Step[], string[], number]>([
    ['5 idle minutes are a natural break', [[30, { type: 'idle', state: 'idle' }], [36, { type: 'idle', state: 'active' }]], ['natural-break'], 0],
    ['5 locked minutes are a natural break', [[30, { type: 'idle', state: 'locked' }], [35, { type: 'idle', state: 'active' }]], ['natural-break'], 0],
    ['4 locked minutes are not', [[30, { type: 'idle', state: 'locked' }], [34, { type: 'idle', state: 'active' }]], [], 30 * MINUTE],
    ['idle then locked is one stretch', [[30, { type: 'idle', state: 'idle' }], [32, { type: 'idle', state: 'locked' }], [40, { type: 'idle', state: 'active' }]], ['natural-break'], 0],
  ])('%s', (_name, steps, history, activeAfterMs) => {
    const r = run([...steps, [steps.at(-1)![0], { type: 'tick' }]]);
    expect(r.history).toEqual(history);
    if (history.length) expect(r.state.activeMs).toBe(0);
    else expect(r.state.activeMs).toBe(activeAfterMs);
  });

  it('records the natural break while the user is still away, then restarts the count', () => {
    const r = run([[30, { type: 'idle', state: 'locked' }], [34.9, { type: 'tick' }]]);
    expect(r.history).toEqual([]);
    const later = run([[30, { type: 'idle', state: 'locked' }], [50, { type: 'idle', state: 'active' }]]);
    expect(later.history).toEqual(['natural-break']); // once, not again on return
    expect(later.state.activeMs).toBe(0);
    expect(later.state.phase.kind).toBe('working');
  });

  it('a natural break clears a due prompt', () => {
    const r = run([[45, { type: 'tick' }], [46, { type: 'idle', state: 'locked' }], [52, { type: 'idle', state: 'active' }]]);
    expect(r.state.phase.kind).toBe('working');
    expect(r.effects).toContainEqual({ type: 'clearPrompt' });
    expect(r.history).toEqual(['due', 'natural-break']);
  });

  it('a 2-hour sleep gap is one natural break and no burst of prompts', () => {
    // The machine sleeps at minute 30: no alarms, no events, until it wakes at 150.
    const r = runBare([[0, { type: 'startup' }], [4, { type: 'tick' }], [8, { type: 'tick' }], [150, { type: 'tick' }], [150, { type: 'idle', state: 'active' }]]);
    expect(r.history).toEqual(['natural-break']);
    expect(r.prompts).toBe(0);
    expect(r.state.activeMs).toBe(0);
    expect(r.state.phase.kind).toBe('working');
  });

  it('a silence shorter than the threshold is still counted as work', () => {
    const r = runBare([[0, { type: 'startup' }], [4, { type: 'tick' }]]);
    expect(r.history).toEqual([]);
    expect(r.state.activeMs).toBe(4 * MINUTE);
  });

  it('the worker always wakes before a silence could look like a break', () => {
    const r = run([[44, { type: 'tick' }]], { ...defaultSettings(), badgeCountdown: false });
    expect(r.history).toEqual([]);
    expect(r.state.activeMs).toBe(44 * MINUTE);
  });
});

describe('snooze, skip, pause', () => {
  const due: Step = [45, { type: 'tick' }];
  it.each<[string, Step[], string, string[]]>([
    ['snooze waits 5 minutes', [due, [46, { type: 'snooze' }], [50, { type: 'tick' }]], 'snoozed', ['due', 'snoozed']],
    ['the snooze ends in a new prompt', [due, [46, { type: 'snooze' }], [51, { type: 'tick' }]], 'due', ['due', 'snoozed']],
    ['skip starts a fresh cycle', [due, [46, { type: 'skip' }]], 'working', ['due', 'skipped']],
    ['pause holds the schedule', [[10, { type: 'pause', until: at(40) }], [39, { type: 'tick' }]], 'paused', []],
    ['a pause resumes by itself', [[10, { type: 'pause', until: at(40) }], [41, { type: 'tick' }]], 'working', []],
    ['resume ends a pause early', [[10, { type: 'pause', until: at(100) }], [20, { type: 'resume' }]], 'working', []],
    ['start now from working', [[10, { type: 'startBreak', from: 'page' }]], 'onBreak', []],
    ['a finished routine restarts the cycle', [due, [46, { type: 'startBreak', from: 'page' }], [47, { type: 'routineFinished' }]], 'working', ['due', 'routine-completed']],
    ['an abandoned routine is recorded', [due, [46, { type: 'startBreak', from: 'page' }], [46.5, { type: 'routineAbandoned' }]], 'working', ['due', 'routine-abandoned']],
    ['a routine left open times out as abandoned', [[10, { type: 'startBreak', from: 'page' }], [10 + BREAK_TIMEOUT_MS / MINUTE, { type: 'tick' }]], 'working', ['routine-abandoned']],
  ])('%s', (_name, steps, phase, history) => {
    const r = run(steps);
    expect(r.state.phase.kind).toBe(phase);
    expect(r.history).toEqual(history);
  });

  it('after a pause the count starts fresh', () => {
    const r = run([[30, { type: 'pause', until: at(60) }], [61, { type: 'tick' }]]);
    expect(r.state.activeMs).toBe(MINUTE);
  });

  it('stops offering snooze after the limit', () => {
    const settings = { ...defaultSettings(), maxSnoozes: 1 };
    const r = run([[45, { type: 'tick' }], [46, { type: 'snooze' }], [51, { type: 'tick' }], [52, { type: 'snooze' }]], settings);
    expect(r.state.phase).toMatchObject({ kind: 'due', snoozes: 1 });
    const prompts = r.effects.filter((e) => e.type === 'showPrompt');
    expect(prompts).toEqual([
      { type: 'showPrompt', canSnooze: true, snoozeMinutes: 5, again: false },
      { type: 'showPrompt', canSnooze: false, snoozeMinutes: 5, again: false },
    ]);
  });

  it('a routine reported finished after it timed out is not recorded twice', () => {
    const r = run([[10, { type: 'startBreak', from: 'page' }], [26, { type: 'routineFinished' }], [26.5, { type: 'routineAbandoned' }]]);
    expect(r.history).toEqual(['routine-abandoned']);
  });

  it('ignores actions that do not fit the phase', () => {
    const r = run([[10, { type: 'snooze' }], [11, { type: 'skip' }], [12, { type: 'resume' }]]);
    expect(r.state.phase.kind).toBe('working');
    expect(r.history).toEqual([]);
  });
});

describe('working hours', () => {
  const settings = { ...defaultSettings(), workingHours: weekdaysNineToFive() };
  it.each<[string, number, string]>([
    ['inside hours counts', 0, 'working'],
    ['after 17:00 is outside', 7 * 60 + 1, 'outsideHours'],
    ['the next morning is inside again', 23 * 60 + 1, 'working'],
    ['Saturday is outside', 5 * 24 * 60, 'outsideHours'],
  ])('%s', (_name, minutes, phase) => {
    const r = run([[minutes, { type: 'tick' }]], settings);
    expect(r.state.phase.kind).toBe(phase);
  });

  it('no prompt comes outside hours, and the count starts fresh at 9:00', () => {
    // Start at 16:40; 45 minutes would end at 17:25, after hours.
    const r = run([[7 * 60 + 30, { type: 'tick' }], [23 * 60 + 10, { type: 'tick' }]], settings, initialScheduleState(at(6 * 60 + 40)));
    expect(r.prompts).toBe(0);
    expect(r.state.phase.kind).toBe('working');
    expect(r.state.activeMs).toBe(10 * MINUTE);
  });

  it('hours ending during a routine leave the routine be; it ends, then the schedule rests until morning', () => {
    // T0 is 10:00: the routine starts at 16:59, one minute before the hours end.
    const start = initialScheduleState(at(6 * 60 + 50));
    const during = run([[6 * 60 + 59, { type: 'startBreak', from: 'page' }], [7 * 60 + 1, { type: 'tick' }]], settings, start);
    expect(during.state.phase.kind).toBe('onBreak');
    const done = next(during.state, { type: 'routineFinished' }, { now: at(7 * 60 + 2), settings, fullscreen: false, audible: false });
    expect(done.history.map((h) => h.kind)).toEqual(['routine-completed']);
    expect(done.state.phase.kind).toBe('outsideHours');
    expect(done.routine).toBe('end');
  });

  it('a night shift across midnight counts through 00:00', () => {
    const night = { ...defaultSettings(), workingHours: { enabled: true, days: Array.from({ length: 7 }, () => [{ start: 22 * 60, end: 6 * 60 }]) } };
    const start = initialScheduleState(at(12 * 60 + 30)); // 22:30
    const r = run([[13 * 60 + 15, { type: 'tick' }]], night, start); // 23:15
    expect(r.state.phase.kind).toBe('due');
    const after = run([[20 * 60 + 30, { type: 'tick' }]], night, start); // 06:30 next day
    expect(after.state.phase.kind).toBe('outsideHours');
  });
});

describe('fullscreen deferral', () => {
  it('waits while fullscreen and prompts once it ends', () => {
    const r = run([[44, { type: 'tick' }, true], [47.5, { type: 'tick' }], [48, { type: 'tick' }, false]]);
    expect(r.state.phase.kind).toBe('due');
    expect(r.prompts).toBe(1);
  });

  it('rechecks at most once a minute while fullscreen', () => {
    const r = run([[44, { type: 'tick' }, true], [50, { type: 'tick' }]], { ...defaultSettings(), badgeCountdown: false });
    expect(r.state.phase.kind).toBe('deferred');
    expect(r.prompts).toBe(0);
    const alarms = r.effects.filter((e): e is Extract<Effect, { type: 'setAlarm' }> => e.type === 'setAlarm').map((e) => e.at);
    const deferredAlarms = [...new Set(alarms.filter((t) => t > at(45)))];
    for (let i = 1; i < deferredAlarms.length; i++) expect(deferredAlarms[i] - deferredAlarms[i - 1]).toBeGreaterThanOrEqual(MINUTE);
  });

  it('the setting turns deferral off', () => {
    const r = run([[44, { type: 'tick' }, true], [45, { type: 'tick' }]], { ...defaultSettings(), pauseInFullscreen: false });
    expect(r.state.phase.kind).toBe('due');
  });
});

describe('settings changes', () => {
  it.each<[string, number, string, number]>([
    ['shortening below the time worked makes the break due now', 20, 'due', 0],
    ['lengthening extends the cycle', 60, 'working', 30 * MINUTE],
  ])('%s', (_name, workMinutes, phase, remaining) => {
    const settings = defaultSettings();
    const mid = run([[30, { type: 'tick' }]], settings).state;
    const t = next(mid, { type: 'settingsChanged' }, { now: at(30), settings: { ...settings, workMinutes }, fullscreen: false, audible: false });
    expect(t.state.phase.kind).toBe(phase);
    expect(Math.max(0, workMinutes * MINUTE - t.state.activeMs)).toBe(remaining);
  });
});

describe('heads-up and prompt styles', () => {
  it('warns once before the break when asked', () => {
    const r = run([[45, { type: 'tick' }]], { ...defaultSettings(), headsUpSeconds: 60 });
    expect(r.effects.filter((e) => e.type === 'showHeadsUp')).toEqual([{ type: 'showHeadsUp', at: at(45) }]);
    expect(r.effects).toContainEqual({ type: 'clearHeadsUp' });
  });

  it.each<[Settings['promptStyle'], Effect['type'][]]>([
    ['notify', ['showPrompt']],
    ['notify-and-open', ['showPrompt', 'openRoutine']],
    ['badge', ['clearPrompt']],
  ])('style %s', (promptStyle, expected) => {
    const r = run([[45, { type: 'tick' }]], { ...defaultSettings(), promptStyle });
    const prompting = r.effects.filter((e) => ['showPrompt', 'openRoutine'].includes(e.type) || (e.type === 'clearPrompt' && promptStyle === 'badge'));
    expect(prompting.map((e) => e.type)).toEqual(expected);
  });

  it('a restarted worker re-asserts the prompt but never reopens the routine', () => {
    const r = run([[45, { type: 'tick' }]], { ...defaultSettings(), promptStyle: 'notify-and-open' });
    const t = next(r.state, { type: 'startup' }, { now: at(46), settings: { ...defaultSettings(), promptStyle: 'notify-and-open' }, fullscreen: false, audible: false });
    expect(t.effects.map((e) => e.type)).toContain('showPrompt');
    expect(t.effects.map((e) => e.type)).not.toContain('openRoutine');
  });
});

describe('one route into the routine', () => {
  const settings = defaultSettings();
  const ctx = (minutes: number) => ({ now: at(minutes), settings, fullscreen: false, audible: false });
  it.each<[string, 'prompt' | 'shortcut' | 'page', boolean]>([
    ['the prompt opens it', 'prompt', true],
    ['the shortcut opens it', 'shortcut', true],
    ['a page that asks shows it itself', 'page', false],
  ])('%s, and the break stores its routine', (_name, from, opens) => {
    const t = next(initialScheduleState(T0), { type: 'startBreak', from }, ctx(10));
    expect(t.state.phase).toEqual({ kind: 'onBreak', startedAt: at(10) });
    expect(t.routine).toEqual({ startedAt: at(10) });
    expect(t.effects.some((e) => e.type === 'openRoutine')).toBe(opens);
  });

  it('a second start during the break brings the routine forward without restarting it', () => {
    const first = next(initialScheduleState(T0), { type: 'startBreak', from: 'prompt' }, ctx(10));
    const again = next(first.state, { type: 'startBreak', from: 'shortcut' }, ctx(11));
    expect(again.state.phase).toEqual({ kind: 'onBreak', startedAt: at(10) });
    expect(again.routine).toBeNull();
    expect(again.effects).toContainEqual({ type: 'openRoutine' });
  });

  it.each<[string, ScheduleEvent, number]>([
    ['finishing', { type: 'routineFinished' }, 11],
    ['abandoning', { type: 'routineAbandoned' }, 11],
    ['timing out', { type: 'tick' }, 10 + BREAK_TIMEOUT_MS / MINUTE],
  ])('%s the routine ends the stored routine with the break', (_name, event, minutes) => {
    const onBreak = next(initialScheduleState(T0), { type: 'startBreak', from: 'page' }, ctx(10)).state;
    expect(next(onBreak, event, ctx(minutes)).routine).toBe('end');
  });
});

describe('a dismissed prompt', () => {
  it('is not shown again by a restart, and a snooze brings it back', () => {
    const settings = defaultSettings();
    const due = run([[45, { type: 'tick' }], [46, { type: 'promptClosed' }]]).state;
    expect(due.phase).toMatchObject({ kind: 'due', dismissed: true });
    const restart = next(due, { type: 'startup' }, { now: at(47), settings, fullscreen: false, audible: false });
    expect(restart.effects.map((e) => e.type)).not.toContain('showPrompt');
    const snoozed = next(restart.state, { type: 'snooze' }, { now: at(47), settings, fullscreen: false, audible: false }).state;
    const waiting = next(snoozed, { type: 'tick' }, { now: at(51), settings, fullscreen: false, audible: false }).state; // the heartbeat
    const back = next(waiting, { type: 'tick' }, { now: at(52), settings, fullscreen: false, audible: false });
    expect(back.effects.map((e) => e.type)).toContain('showPrompt');
  });
});

describe('badge', () => {
  it.each<[string, Partial<ScheduleState>, Partial<Settings>, string]>([
    ['minutes left', { activeMs: 20 * MINUTE + 30 * SECOND }, {}, '25'],
    ['hidden when the countdown is off', {}, { badgeCountdown: false }, ''],
    ['due', { phase: { kind: 'due', since: T0, snoozes: 0 } }, {}, '!'],
    ['paused', { phase: { kind: 'paused', until: T0 } }, {}, 'off'],
    ['due shows even with the countdown off', { phase: { kind: 'due', since: T0, snoozes: 0 } }, { badgeCountdown: false }, '!'],
  ])('%s', (_name, patch, settingsPatch, text) => {
    expect(badgeFor({ ...initialScheduleState(T0), ...patch }, { ...defaultSettings(), ...settingsPatch }).text).toBe(text);
  });

  it('with the countdown on, wakes once a minute at most', () => {
    const r = run([[10, { type: 'tick' }]]);
    const alarms = [...new Set(r.effects.filter((e): e is Extract<Effect, { type: 'setAlarm' }> => e.type === 'setAlarm').map((e) => e.at))];
    expect(alarms.length).toBe(10); // one per minute boundary from 1 to 10, the last one still pending
    for (let i = 1; i < alarms.length; i++) expect(alarms[i] - alarms[i - 1]).toBeGreaterThanOrEqual(MINUTE);
  });

  it('with the countdown off, a working stretch wakes only for the heartbeat', () => {
    const r = run([[3, { type: 'tick' }]], { ...defaultSettings(), badgeCountdown: false });
    expect(r.effects.filter((e) => e.type === 'setAlarm')).toEqual([{ type: 'setAlarm', at: at(8) - HEARTBEAT_MARGIN_MS }]);
  });
});

describe('clock oddities', () => {
  it('a clock that jumps backwards counts nothing and does not crash', () => {
    const r = runBare([[10, { type: 'tick' }], [5, { type: 'tick' }]]);
    expect(r.state.activeMs).toBe(0); // the first tick's 10 minutes were a silence over the threshold
    expect(r.state.lastSeen).toBe(at(5));
  });
});

describe('active screen time a day', () => {
  const settings = defaultSettings();
  // 23:30 the evening before T0's day... T0 is Monday 10:00; start 13.5 hours later is 23:30.
  const evening = at(13.5 * 60);
  const step = (state: ScheduleState, minutes: number, event: ScheduleEvent = { type: 'tick' }) =>
    next(state, event, { now: evening + minutes * MINUTE, settings, fullscreen: false, audible: false });

  it('an active stretch across midnight splits its minutes between the two days', () => {
    // The worker wakes every few minutes while counting (its heartbeat), from 23:30 to 00:04.
    let state = initialScheduleState(evening);
    const handedOver: unknown[] = [];
    for (const minutes of [4, 8, 12, 16, 20, 24, 28, 32, 34]) {
      const t = step(state, minutes);
      state = t.state;
      handedOver.push(...t.activity);
    }
    expect(handedOver).toEqual([{ day: '2026-11-16', activeMs: 30 * MINUTE }]);
    expect(state.today).toEqual({ day: '2026-11-17', activeMs: 4 * MINUTE });
  });

  it('idle time is taken back from the day too, and a day with no activity is never handed over', () => {
    const start = initialScheduleState(evening);
    const idle = step(step(start, 4).state, 4.5, { type: 'idle', state: 'idle' });
    expect(idle.state.today.activeMs).toBe(4.5 * MINUTE - 60_000);
    const quiet = next(initialScheduleState(evening + 40 * MINUTE), { type: 'tick' }, { now: evening + 44 * MINUTE, settings, fullscreen: false, audible: false });
    expect(quiet.activity).toEqual([]);
  });

  it('pages see the day under way and a day the worker has not handed over yet (activityAt)', () => {
    // The worker last wrote at 23:58, with 20 minutes on the day; a page looks at 00:02.
    const written = { ...initialScheduleState(evening + 28 * MINUTE), today: { day: '2026-11-16', activeMs: 20 * MINUTE } };
    expect(activityAt(written, settings, evening + 32 * MINUTE)).toEqual([
      { day: '2026-11-16', activeMs: 22 * MINUTE },
      { day: '2026-11-17', activeMs: 2 * MINUTE },
    ]);
  });

  it('records a break that came due once, not again when a snooze ends', () => {
    const r = run([[45, { type: 'tick' }], [46, { type: 'snooze' }], [52, { type: 'tick' }]]);
    expect(r.history.filter((k) => k === 'due')).toEqual(['due']);
  });
});

describe('a prompt that is missed comes back once', () => {
  it.each<[string, Settings['renudgeMinutes'], Step[], number[]]>([
    ['left alone: back once after 10 minutes, then only the badge', '10', [[45, { type: 'tick' }], [120, { type: 'tick' }]], [45, 55]],
    ['closed without a choice: back once after 5 minutes', '5', [[45, { type: 'tick' }], [46, { type: 'promptClosed' }], [120, { type: 'tick' }]], [45, 50]],
    ['closed after it came back: stays closed', '5', [[45, { type: 'tick' }], [51, { type: 'promptClosed' }], [120, { type: 'tick' }]], [45, 50]],
    ['re-nudge off: once only', 'off', [[45, { type: 'tick' }], [120, { type: 'tick' }]], [45]],
    ['a snooze that ends is a new prompt, which may come back once too', '5', [[45, { type: 'tick' }], [46, { type: 'snooze' }], [120, { type: 'tick' }]], [45, 51, 56]],
  ])('%s', (_name, renudgeMinutes, steps, shownAt) => {
    const settings = { ...defaultSettings(), renudgeMinutes };
    let state = initialScheduleState(T0);
    const times: number[] = [];
    for (const [minutes, event] of steps) {
      // Wake at every alarm the core asks for until the step's time, as the worker would.
      for (let w = nextWake(state, settings, state.lastSeen); w !== null && w <= at(minutes); w = nextWake(state, settings, state.lastSeen)) {
        const t = next(state, { type: 'tick' }, { now: w, settings, fullscreen: false, audible: false });
        if (t.effects.some((e) => e.type === 'showPrompt')) times.push((w - T0) / MINUTE);
        state = t.state;
      }
      const t = next(state, event, { now: at(minutes), settings, fullscreen: false, audible: false });
      if (t.effects.some((e) => e.type === 'showPrompt')) times.push(minutes);
      state = t.state;
    }
    expect(times.map((m) => Math.round(m))).toEqual(shownAt);
  });

  it('comes back anew: the prompt is shown again even if it is still up', () => {
    const settings = { ...defaultSettings(), renudgeMinutes: '5' as const };
    const r = run([[45, { type: 'tick' }], [50, { type: 'tick' }]], settings);
    expect(r.effects.filter((e) => e.type === 'showPrompt').map((e) => (e as { again: boolean }).again)).toEqual([false, true]);
  });

  it('the break-window style opens the window when the break comes due and when it comes back, never on a restart', () => {
    const settings = { ...defaultSettings(), promptStyle: 'window' as const, renudgeMinutes: '5' as const };
    const r = run([[45, { type: 'tick' }], [50, { type: 'tick' }]], settings);
    expect(r.effects.filter((e) => e.type === 'openBreakWindow')).toHaveLength(2);
    expect(r.effects.some((e) => e.type === 'showPrompt')).toBe(false);
    const restart = next(r.state, { type: 'startup' }, { now: at(51), settings, fullscreen: false, audible: false });
    expect(restart.effects.some((e) => e.type === 'openBreakWindow')).toBe(false);
  });
});

describe('a tab playing sound (a call)', () => {
  const quiet = { audible: false };
  const call = { audible: true };
  it.each<[string, Step[], Partial<Settings>, string, number]>([
    // The call starts at minute 40; the break would come due at 45.
    ['a break due during a call waits, checking each minute', [[40, { type: 'tick' }, call], [50, { type: 'tick' }]], {}, 'deferred', 0],
    ['it comes when the call ends', [[40, { type: 'tick' }, call], [50, { type: 'tick' }, quiet], [51, { type: 'tick' }]], {}, 'due', 1],
    ['the setting off: no waiting', [[40, { type: 'tick' }, call], [46, { type: 'tick' }]], { pauseWhileAudible: false }, 'due', 1],
    ['fullscreen and sound: waits for both', [[40, { type: 'tick' }, { fullscreen: true, audible: true }], [47, { type: 'tick' }, { fullscreen: false, audible: true }], [50, { type: 'tick' }]], {}, 'deferred', 0],
  ])('%s', (_name, steps, patch, phase, prompts) => {
    const r = run(steps, { ...defaultSettings(), ...patch });
    expect(r.state.phase.kind).toBe(phase);
    expect(r.prompts).toBe(prompts);
  });

  it('says why it waits: fullscreen, then sound', () => {
    const r = run([[40, { type: 'tick' }, { fullscreen: true, audible: true }], [46, { type: 'tick' }]]);
    expect(r.state.phase).toMatchObject({ kind: 'deferred', reason: 'fullscreen' });
    const later = run([[40, { type: 'tick' }, { fullscreen: true, audible: true }], [47, { type: 'tick' }, { fullscreen: false, audible: true }], [49, { type: 'tick' }]]);
    expect(later.state.phase).toMatchObject({ kind: 'deferred', reason: 'audible' });
  });

  it('"snooze until the call ends" waits while a tab plays, even with the setting off, then prompts', () => {
    const settings = { ...defaultSettings(), pauseWhileAudible: false };
    const r = run([[45, { type: 'tick' }, call], [46, { type: 'snoozeUntilQuiet' }, call], [80, { type: 'tick' }, call]], settings);
    expect(r.state.phase).toMatchObject({ kind: 'deferred', reason: 'audible', untilQuiet: true });
    expect(r.history).toEqual(['due', 'snoozed']);
    const after = run([[45, { type: 'tick' }, call], [46, { type: 'snoozeUntilQuiet' }, call], [80, { type: 'tick' }, call], [81, { type: 'tick' }, quiet]], settings);
    expect(after.state.phase.kind).toBe('due');
    expect(after.prompts).toBe(2);
  });

  it('"snooze until the call ends" does nothing when nothing plays', () => {
    const r = run([[45, { type: 'tick' }, quiet], [46, { type: 'snoozeUntilQuiet' }, quiet]]);
    expect(r.state.phase.kind).toBe('due');
  });
});
