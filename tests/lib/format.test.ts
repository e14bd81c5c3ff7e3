import { describe, expect, it } from 'vitest';
import { formatClock, formatCountdown, formatDuration, formatTimeOfDay, formatWhen } from '../../lib/format';
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

  // Times come from Intl in the browser's language ('en' in tests): 12-hour in English,
  // 24-hour in German and Spanish. Browsers differ in the space before AM/PM.
  const spaced = (text: string) => text.replace(/\s/g, ' ');

  it.each([
    [T0 + 30 * MIN, '10:30 AM'],
    [new Date(2026, 10, 16, 14, 5).getTime(), '2:05 PM'],
    [new Date(2026, 10, 17, 5, 0).getTime(), 'tomorrow 5:00 AM'],
    [new Date(2026, 10, 20, 9, 0).getTime(), 'Fri 9:00 AM'],
  ])('when %i → %s', (at, text) => {
    expect(spaced(formatWhen(at, T0))).toBe(text);
  });

  it.each([
    ['de', T0 + 30 * MIN, '10:30'],
    ['es', new Date(2026, 10, 16, 14, 5).getTime(), '14:05'],
    ['de', new Date(2026, 10, 20, 9, 0).getTime(), 'Fr., 09:00'],
    ['es', new Date(2026, 10, 20, 9, 0).getTime(), 'vie, 9:00'],
  ])('when in %s: %i → %s', (locale, at, text) => {
    expect(spaced(formatWhen(at, T0, locale))).toBe(text);
  });

  it.each([
    [9 * 60, 'en', '9:00 AM'],
    [17 * 60 + 30, 'de', '17:30'],
    [1440, 'de', '0:00'],
  ])('time of day %i in %s → %s', (minutes, locale, text) => {
    expect(spaced(formatTimeOfDay(minutes, locale))).toBe(text);
    expect(spaced(formatClock(new Date(2026, 10, 16, 0, minutes).getTime(), locale))).toBe(text);
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
