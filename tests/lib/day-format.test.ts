import { describe, expect, it } from 'vitest';
import { dayMonth, hoursText, longDay, weekdayName } from '../../lib/day-format';

describe('day-format', () => {
  it.each([
    ['2026-11-16', 'Mon', '16 Nov', 'Mon 16 Nov'],
    ['2026-03-29', 'Sun', '29 Mar', 'Sun 29 Mar'], // a daylight-saving change in Europe
    ['2027-01-01', 'Fri', '1 Jan', 'Fri 1 Jan'],
  ])('%s is %s, %s, %s', (day, weekday, short, long) => {
    expect(weekdayName(day)).toBe(weekday);
    expect(dayMonth(day)).toBe(short);
    expect(longDay(day)).toBe(long);
  });

  it.each([
    [0, '0.0'],
    [6, '0.1'],
    [185, '3.1'],
    [600, '10.0'],
  ])('%i minutes read as %s hours', (minutes, text) => {
    expect(hoursText(minutes)).toBe(text);
  });
});
