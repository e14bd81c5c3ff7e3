import { describe, expect, it } from 'vitest';
import { initialScheduleState, type ScheduleState } from '../../lib/schedule-state';
import { defaultSettings } from '../../lib/settings';
import { next } from '../../lib/schedule';
import { statusOf } from '../../lib/status';
import { MINUTE } from '../../lib/time';

const T0 = 1_800_000_000_000;

describe('statusOf', () => {
  it.each<[string, Partial<ScheduleState>, number, object]>([
    ['counts on from the stored state', { activeMs: 10 * MINUTE }, 4 * MINUTE, { phase: 'working', remainingMs: 31 * MINUTE, nextBreakAt: T0 + 35 * MINUTE }],
    ['does not count while idle', { activeMs: 10 * MINUTE, user: 'idle' }, 4 * MINUTE, { remainingMs: 35 * MINUTE, nextBreakAt: null }],
    ['due with snoozes left', { phase: { kind: 'due', since: T0, snoozes: 1 } }, 0, { phase: 'due', canSnooze: true, snoozes: 1 }],
    ['due with none left', { phase: { kind: 'due', since: T0, snoozes: 3 } }, 0, { canSnooze: false }],
    ['paused until', { phase: { kind: 'paused', until: T0 + 60 * MINUTE } }, 0, { phase: 'paused', until: T0 + 60 * MINUTE, nextBreakAt: null }],
  ])('%s', (_name, patch, elapsed, expected) => {
    const state = { ...initialScheduleState(T0), ...patch };
    expect(statusOf(state, defaultSettings(), T0 + elapsed)).toMatchObject(expected);
  });
});

describe('statusOf shows what the worker will compute (one time model)', () => {
  const settings = defaultSettings();
  const HOUR = 60 * MINUTE;
  const base = initialScheduleState(T0);
  it.each<[string, ScheduleState, number, object]>([
    // Before: the popup added the 2 hours to the count and said the break was due now.
    ['a 2-hour gap (sleep) is a natural break: a fresh interval', { ...base, activeMs: 30 * MINUTE }, 2 * HOUR, { phase: 'working', remainingMs: 45 * MINUTE }],
    ['a snooze that ran out is due', { ...base, phase: { kind: 'snoozed', until: T0 + MINUTE, snoozes: 1 } }, 2 * MINUTE, { phase: 'due', snoozes: 1, canSnooze: true }],
    ['a pause that ran out is a fresh interval', { ...base, activeMs: 20 * MINUTE, phase: { kind: 'paused', until: T0 + MINUTE } }, 2 * MINUTE, { phase: 'working', remainingMs: 45 * MINUTE }],
    ['work that ran out is due', { ...base, activeMs: 44 * MINUTE }, 2 * MINUTE, { phase: 'due', remainingMs: 0 }],
    ['outside hours with working hours off is working', { ...base, phase: { kind: 'outsideHours' } }, MINUTE, { phase: 'working' }],
    ['idle time is not counted (and a short stretch is no break)', { ...base, activeMs: 30 * MINUTE, user: 'idle', userSince: T0 }, 4 * MINUTE, { remainingMs: 15 * MINUTE }],
  ])('%s', (_name, state, elapsed, expected) => {
    const now = T0 + elapsed;
    const shown = statusOf(state, settings, now);
    expect(shown).toMatchObject(expected);
    // The worker's own transition at the same moment leads to the same status.
    const worker = next(state, { type: 'tick' }, { now, settings, fullscreen: false, audible: false }).state;
    expect(statusOf(worker, settings, now)).toEqual(shown);
  });
});
