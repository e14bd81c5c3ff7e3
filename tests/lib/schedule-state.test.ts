import { describe, expect, it } from 'vitest';
import { MAX_PAUSE_MS } from '../../lib/pause';
import { initialScheduleState, parseScheduleState, SCHEDULE_VERSION } from '../../lib/schedule-state';
import { DAY, HOUR } from '../../lib/time';

const NOW = 1_800_000_000_000;
const good = { ...initialScheduleState(NOW - 60_000), activeMs: 60_000, phase: { kind: 'snoozed', until: NOW + 1, snoozes: 2 } };

describe('parseScheduleState', () => {
  it('keeps a valid state as it is', () => {
    expect(parseScheduleState(good, NOW)).toEqual({ state: good, outcome: 'ok' });
  });

  it.each([
    ['the longest pause', { kind: 'paused', until: NOW + MAX_PAUSE_MS }],
    ['the longest snooze', { kind: 'snoozed', until: NOW + 30 * 60_000, snoozes: 1 }],
    ['a clock set back a little', { kind: 'due', since: NOW + 30 * 60_000, snoozes: 0 }],
  ])('keeps a state at its bounds: %s', (_name, phase) => {
    expect(parseScheduleState({ ...good, phase }, NOW).outcome).toBe('ok');
  });

  it('keeps a dismissed prompt dismissed', () => {
    const dismissed = { ...good, phase: { kind: 'due', since: NOW, snoozes: 0, dismissed: true } };
    expect(parseScheduleState(dismissed, NOW).state.phase).toEqual(dismissed.phase);
  });

  it.each<[string, unknown, string]>([
    ['nothing stored', undefined, 'empty'],
    ['null', null, 'empty'],
    ['a string', 'working', 'corrupt'],
    ['an array', [good], 'corrupt'],
    ['a number where time goes', { ...good, activeMs: 'lots' }, 'corrupt'],
    ['a negative count', { ...good, activeMs: -5 }, 'corrupt'],
    ['NaN', { ...good, countedAt: Number.NaN }, 'corrupt'],
    ['an unknown phase', { ...good, phase: { kind: 'napping' } }, 'corrupt'],
    ['a phase missing its field', { ...good, phase: { kind: 'paused' } }, 'corrupt'],
    ['a missing field', (({ user: _u, ...rest }) => rest)(good), 'corrupt'],
    ['an unknown user state', { ...good, user: 'asleep' }, 'corrupt'],
    ['an older shape with no version', (({ v: _v, ...rest }) => rest)(good), 'corrupt'],
    ['a future version', { ...good, v: SCHEDULE_VERSION + 1, somethingNew: true }, 'newer'],
    // Bounds: before, a pause ending at 1e300 showed "Until undefined NaN:NaN" and never ended.
    ['a pause ending at 1e300', { ...good, phase: { kind: 'paused', until: 1e300 } }, 'corrupt'],
    ['a pause longer than the longest pause', { ...good, phase: { kind: 'paused', until: NOW + MAX_PAUSE_MS + 2 * HOUR } }, 'corrupt'],
    ['a snooze longer than the longest snooze', { ...good, phase: { kind: 'snoozed', until: NOW + 2 * HOUR, snoozes: 1 } }, 'corrupt'],
    ['a break that came due in the future', { ...good, phase: { kind: 'due', since: NOW + DAY, snoozes: 0 } }, 'corrupt'],
    ['a routine started in the future', { ...good, phase: { kind: 'onBreak', startedAt: NOW + DAY } }, 'corrupt'],
    ['a time in the far past', { ...good, userSince: 5 }, 'corrupt'],
    ['a last-seen time in the far future', { ...good, lastSeen: NOW + 30 * DAY }, 'corrupt'],
    ['active time beyond a week', { ...good, activeMs: 8 * DAY }, 'corrupt'],
    ['an infinite count', { ...good, activeMs: Infinity }, 'corrupt'],
  ])('%s is replaced by a fresh cycle (%s)', (_name, raw, outcome) => {
    const parsed = parseScheduleState(raw, NOW);
    expect(parsed.outcome).toBe(outcome);
    expect(parsed.state).toEqual(initialScheduleState(NOW));
  });
});
