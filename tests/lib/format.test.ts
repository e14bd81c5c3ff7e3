import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDaysAgo, formatDuration, formatWhen } from '../../lib/format';
import { parseView } from '../../lib/views';

// Monday 16 November 2026, 10:00 local time.
const T0 = new Date(2026, 10, 16, 10, 0, 0).getTime();
const MIN = 60_000;

describe('format', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [59_000, '0:59'],
    [45 * MIN, '45:00'],
    [45 * MIN - 1, '45:00'],
    [61 * MIN + 5000, '1:01:05'],
    [-5, '0:00'],
  ])('countdown %i ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it.each([
    [40_000, '40 s'],
    [60_000, '1 min'],
    [61_000, '2 min'],
    [45 * MIN, '45 min'],
    [60 * MIN, '1 h'],
    [65 * MIN, '1 h 5 min'],
  ])('duration %i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    [T0 + 30 * MIN, '10:30'],
    [new Date(2026, 10, 17, 5, 0).getTime(), 'tomorrow 05:00'],
    [new Date(2026, 10, 20, 9, 0).getTime(), 'Fri 09:00'],
  ])('when %i → %s', (at, text) => {
    expect(formatWhen(at, T0)).toBe(text);
  });

  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [12, '12 days ago'],
  ])('%i days → %s', (days, text) => {
    expect(formatDaysAgo(days)).toBe(text);
  });

  it.each([
    ['?view=routine', 'routine'],
    ['?view=checklist', 'checklist'],
    ['?view=help', 'help'],
    ['?view=nope', null],
    ['', null],
  ])('view from %j → %s', (search, view) => {
    expect(parseView(search)).toBe(view);
  });
});
