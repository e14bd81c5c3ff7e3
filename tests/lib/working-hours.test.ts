import { describe, expect, it } from 'vitest';
import { formatClock, isTwelveHour, isWithinWorkingHours, nextWorkingHoursChange, noWorkingHours, parseClock, weekdaysNineToFive } from '../../lib/working-hours';

const local = (day: number, h: number, m = 0) => new Date(2026, 10, 16 + day, h, m).getTime(); // day 0 = Monday 16 Nov 2026

describe('isWithinWorkingHours', () => {
  const nineToFive = weekdaysNineToFive();
  const night = { enabled: true, days: Array.from({ length: 7 }, (_, d) => (d === 1 ? [{ start: 22 * 60, end: 6 * 60 }] : [])) };
  it.each<[string, typeof nineToFive, number, boolean]>([
    ['off means always', noWorkingHours(), local(5, 3), true],
    ['Monday 9:00 is in', nineToFive, local(0, 9), true],
    ['Monday 8:59 is out', nineToFive, local(0, 8, 59), false],
    ['Monday 17:00 is out (end is exclusive)', nineToFive, local(0, 17), false],
    ['Saturday noon is out', nineToFive, local(5, 12), false],
    ['Monday night 23:00 is in', night, local(0, 23), true],
    ['Tuesday 05:59 is in (the shift began Monday)', night, local(1, 5, 59), true],
    ['Tuesday 06:00 is out', night, local(1, 6), false],
    ['Tuesday 23:00 is out (no shift on Tuesday)', night, local(1, 23), false],
  ])('%s', (_name, hours, now, inside) => {
    expect(isWithinWorkingHours(hours, now)).toBe(inside);
  });
});

describe('nextWorkingHoursChange', () => {
  const nineToFive = weekdaysNineToFive();
  it.each<[string, number, number | null]>([
    ['from Monday 10:00, the end of the day', local(0, 10), local(0, 17)],
    ['from Monday 18:00, Tuesday 9:00', local(0, 18), local(1, 9)],
    ['from Friday 18:00, Monday 9:00', local(4, 18), local(7, 9)],
  ])('%s', (_name, now, expected) => {
    expect(nextWorkingHoursChange(nineToFive, now)).toBe(expected);
  });

  it('is null when hours are off', () => {
    expect(nextWorkingHoursChange(noWorkingHours(), local(0, 10))).toBeNull();
  });

  it('is null when every day is one unbroken span', () => {
    const always = { enabled: true, days: Array.from({ length: 7 }, () => [{ start: 0, end: 1440 }]) };
    expect(nextWorkingHoursChange(always, local(0, 10))).toBeNull();
  });
});

describe('times of day as a language writes them', () => {
  const plain = (text: string) => text.replace(/\s/g, ' '); // Intl may put a narrow space before AM

  it.each<[string | undefined, number, string]>([
    [undefined, 540, '09:00'],
    [undefined, 1440, '24:00'],
    ['en', 540, '9:00 AM'],
    ['en', 1020, '5:00 PM'],
    ['en', 0, '12:00 AM'],
    ['en', 1440, '12:00 AM'],
    ['de', 540, '09:00'],
    ['de', 1440, '24:00'],
    ['es', 1020, '17:00'],
    ['es', 1440, '24:00'],
    ['en-GB', 1440, '24:00'],
  ])('%s writes %d as %s', (locale, minutes, text) => {
    expect(plain(formatClock(minutes, locale))).toBe(text);
  });

  it('knows which languages use a 12-hour clock', () => {
    expect(isTwelveHour('en')).toBe(true);
    expect(isTwelveHour('es-MX')).toBe(true);
    expect(isTwelveHour('de')).toBe(false);
    expect(isTwelveHour('es')).toBe(false);
  });

  it.each<[string, boolean, number | null]>([
    ['09:00', false, 540],
    ['9:05', false, 545],
    ['24:00', true, 1440],
    ['00:00', true, 0],
    ['24:01', false, null],
    ['9:00 AM', false, 540],
    ['12:00 PM', false, 720],
    ['12:00 AM', false, 0],
    ['12:00 AM', true, 1440],
    ['11:59 pm', false, 1439],
    ['7 p.m.', false, 1140],
    ['7:30 p. m.', false, 1170],
    ['13:00 PM', false, null],
    ['0:30 AM', false, null],
    ['9:60 AM', false, null],
    ['nine', false, null],
    ['0900', false, null],
    ['', false, null],
  ])('reads %j (as an end: %s) as %s', (text, end, minutes) => {
    expect(parseClock(text, end)).toBe(minutes);
  });

  it('reads back every time it writes, in each language', () => {
    for (const locale of ['en', 'de', 'es', 'es-MX', 'en-GB']) {
      for (let m = 0; m < 1440; m += 7) expect(parseClock(formatClock(m, locale)), `${locale} ${m}`).toBe(m);
      expect(parseClock(formatClock(1440, locale), true), locale).toBe(1440);
    }
  });
});
