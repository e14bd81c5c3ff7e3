import { describe, expect, it } from 'vitest';
import { MAX_PAUSE_MS, PAUSE_OPTIONS, pauseUntil } from '../../lib/pause';
import { HOUR, MINUTE } from '../../lib/time';

const at = (h: number, m = 0, day = 16) => new Date(2026, 10, day, h, m).getTime();

describe('pauseUntil', () => {
  it.each<[string, Parameters<typeof pauseUntil>[0], number, number]>([
    ['30 minutes', '30m', at(10), at(10) + 30 * MINUTE],
    ['1 hour', '1h', at(10), at(10) + HOUR],
    ['2 hours', '2h', at(10), at(10) + 2 * HOUR],
    ['tomorrow from the afternoon is 5:00 the next day', 'tomorrow', at(15), at(5, 0, 17)],
    ['tomorrow after midnight is 5:00 the same morning', 'tomorrow', at(1), at(5, 0, 16)],
  ])('%s', (_name, option, now, until) => {
    expect(pauseUntil(option, now)).toBe(until);
  });
});

describe('MAX_PAUSE_MS', () => {
  it('bounds every pause option chosen at any minute of a year (daylight-saving changes included)', () => {
    const start = new Date(2026, 0, 1).getTime();
    for (let t = start; t < start + 366 * 24 * 60 * 60_000; t += 37 * 60_000 + 13_000) {
      for (const option of PAUSE_OPTIONS) expect(pauseUntil(option, t) - t).toBeLessThanOrEqual(MAX_PAUSE_MS);
    }
  });
});
