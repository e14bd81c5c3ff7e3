import { describe, expect, it } from 'vitest';
import { CHECKIN_LIMIT, checkInOf, noCheckIns, parseCheckIns, recordCheckIn, shouldAskCheckIn, skipCheckIn } from '../../lib/checkin';
import { addDays } from '../../lib/time';

const NOW = 1_800_000_000_000;
const c = (day: string, score: number, symptoms = false) => ({ day, score, symptoms, at: NOW - 1000 });

describe('check-ins', () => {
  it('one a day: a second answer the same day corrects the first; the list stays sorted', () => {
    let all = recordCheckIn(noCheckIns(), c('2026-11-16', 5));
    all = recordCheckIn(all, c('2026-11-14', 6));
    all = recordCheckIn(all, c('2026-11-16', 4));
    expect(all.entries.map((e) => [e.day, e.score])).toEqual([['2026-11-14', 6], ['2026-11-16', 4]]);
    expect(checkInOf(all, '2026-11-16')?.score).toBe(4);
  });

  it('asks at most once a day, and never after "not now"', () => {
    const day = '2026-11-16';
    expect(shouldAskCheckIn(noCheckIns(), day)).toBe(true);
    expect(shouldAskCheckIn(recordCheckIn(noCheckIns(), c(day, 3)), day)).toBe(false);
    const skipped = skipCheckIn(noCheckIns(), day);
    expect(shouldAskCheckIn(skipped, day)).toBe(false);
    expect(shouldAskCheckIn(skipped, '2026-11-17')).toBe(true);
  });

  it(`keeps at most ${CHECKIN_LIMIT}`, () => {
    let all = noCheckIns();
    for (let i = 0; i < CHECKIN_LIMIT + 3; i++) all = recordCheckIn(all, c(addDays('2024-01-01', i), 5));
    expect(all.entries).toHaveLength(CHECKIN_LIMIT);
    expect(all.entries[0].day).toBe(addDays('2024-01-01', 3));
  });

  it.each<[string, unknown, number]>([
    ['nothing', undefined, 0],
    ['good ones', { v: 1, entries: [c('2026-11-16', 0), c('2026-11-15', 10, true)], skippedDay: null }, 2],
    ['a score above 10', { v: 1, entries: [c('2026-11-16', 11)], skippedDay: null }, 0],
    ['a fractional score', { v: 1, entries: [c('2026-11-16', 4.5)], skippedDay: null }, 0],
    ['a bad day', { v: 1, entries: [c('yesterday', 4)], skippedDay: null }, 0],
    ['a time in the future', { v: 1, entries: [{ ...c('2026-11-16', 4), at: NOW + 86_400_000 }], skippedDay: null }, 0],
    ['symptoms not a boolean', { v: 1, entries: [{ ...c('2026-11-16', 4), symptoms: 'yes' }], skippedDay: null }, 0],
    ['a newer version', { v: 2, entries: [c('2026-11-16', 4)] }, 0],
  ])('reads %s safely', (_name, raw, count) => {
    expect(parseCheckIns(raw, NOW).entries).toHaveLength(count);
  });
});
