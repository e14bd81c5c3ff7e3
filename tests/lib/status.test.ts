import { describe, expect, it } from 'vitest';
import { initialScheduleState, type ScheduleState } from '../../lib/schedule-state';
import { defaultSettings } from '../../lib/settings';
import { statusOf } from '../../lib/status';
import { MINUTE } from '../../lib/time';

const T0 = 1_800_000_000_000;

describe('statusOf', () => {
  it.each<[string, Partial<ScheduleState>, number, object]>([
    ['counts on from the stored state', { activeMs: 10 * MINUTE }, 5 * MINUTE, { phase: 'working', remainingMs: 30 * MINUTE, nextBreakAt: T0 + 35 * MINUTE }],
    ['does not count while idle', { activeMs: 10 * MINUTE, user: 'idle' }, 5 * MINUTE, { remainingMs: 35 * MINUTE, nextBreakAt: null }],
    ['due with snoozes left', { phase: { kind: 'due', since: T0, snoozes: 1 } }, 0, { phase: 'due', canSnooze: true, snoozes: 1 }],
    ['due with none left', { phase: { kind: 'due', since: T0, snoozes: 3 } }, 0, { canSnooze: false }],
    ['paused until', { phase: { kind: 'paused', until: T0 + 60 * MINUTE } }, 0, { phase: 'paused', until: T0 + 60 * MINUTE, nextBreakAt: null }],
  ])('%s', (_name, patch, elapsed, expected) => {
    const state = { ...initialScheduleState(T0), ...patch };
    expect(statusOf(state, defaultSettings(), T0 + elapsed)).toMatchObject(expected);
  });
});
