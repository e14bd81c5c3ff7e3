import { describe, expect, it } from 'vitest';
import { initialScheduleState, parseScheduleState, SCHEDULE_VERSION } from '../../lib/schedule-state';

const NOW = 1_800_000_000_000;
const good = { ...initialScheduleState(NOW - 60_000), activeMs: 60_000, phase: { kind: 'snoozed', until: NOW + 1, snoozes: 2 } };

describe('parseScheduleState', () => {
  it('keeps a valid state as it is', () => {
    expect(parseScheduleState(good, NOW)).toEqual({ state: good, outcome: 'ok' });
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
    ['a future version', { ...good, v: SCHEDULE_VERSION + 1, somethingNew: true }, 'future-version'],
  ])('%s is replaced by a fresh cycle (%s)', (_name, raw, outcome) => {
    const parsed = parseScheduleState(raw, NOW);
    expect(parsed.outcome).toBe(outcome);
    expect(parsed.state).toEqual(initialScheduleState(NOW));
  });
});
