import { describe, expect, it } from 'vitest';
import { dayMonth, dayOfMonth, daysAgo, hoursText, longDay, numberText, timeOfDay, weekdayName } from '../../lib/day-format';

describe('day-format', () => {
  it.each([
    ['2026-11-16', 'Mon', '16', 'Nov 16', 'Mon, Nov 16'],
    ['2026-03-29', 'Sun', '29', 'Mar 29', 'Sun, Mar 29'], // a daylight-saving change in Europe
    ['2027-01-01', 'Fri', '1', 'Jan 1', 'Fri, Jan 1'],
  ])('%s is %s, %s, %s, %s in English', (day, weekday, date, short, long) => {
    expect(weekdayName(day, 'en')).toBe(weekday);
    expect(dayOfMonth(day, 'en')).toBe(date);
    expect(dayMonth(day, 'en')).toBe(short);
    expect(longDay(day, 'en')).toBe(long);
  });

  it.each([
    ['de', 'Mo', '16. Nov.', 'Mo., 16. Nov.'],
    ['es', 'lun', '16 nov', 'lun, 16 nov'],
  ])('in %s, the days read as the language writes them', (locale, weekday, short, long) => {
    expect(weekdayName('2026-11-16', locale)).toBe(weekday);
    expect(dayMonth('2026-11-16', locale)).toBe(short);
    expect(longDay('2026-11-16', locale)).toBe(long);
  });

  it.each([
    [0, '0.0', '0,0'],
    [6, '0.1', '0,1'],
    [185, '3.1', '3,1'],
    [600, '10.0', '10,0'],
  ])('%i minutes read as %s hours (%s in German)', (minutes, en, de) => {
    expect(hoursText(minutes, 'en')).toBe(en);
    expect(hoursText(minutes, 'de')).toBe(de);
  });

  it('writes numbers, times and days ago in the language', () => {
    expect([numberText(2.5, 'en'), numberText(2.5, 'de'), numberText(2.5, 'es'), numberText(4, 'de')]).toEqual(['2.5', '2,5', '2,5', '4']);
    const at = new Date(2026, 10, 16, 9, 5).getTime();
    expect([timeOfDay(at, 'en'), timeOfDay(at, 'de'), timeOfDay(at, 'es')]).toEqual(['09:05', '09:05', '09:05']);
    expect([0, 1, 12].map((d) => daysAgo(d, 'en'))).toEqual(['today', 'yesterday', '12 days ago']);
    expect([0, 1, 12].map((d) => daysAgo(d, 'de'))).toEqual(['heute', 'gestern', 'vor 12 Tagen']);
    expect([0, 1, 12].map((d) => daysAgo(d, 'es'))).toEqual(['hoy', 'ayer', 'hace 12 días']);
  });
});
