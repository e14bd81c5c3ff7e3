import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, nextWorkingHoursChange, noWorkingHours, weekdaysNineToFive } from '../../lib/working-hours';

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
