import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../lib/checkin';
import type { DayRow } from '../../lib/progress';
import { sayPhrase } from '../../lib/adapters/phrases';
import { dayMonth } from '../../lib/day-format';
import { chartDays, chartLayout, chartSummary, routineAxisMax, type ChartDay } from '../../lib/progress-chart';
import { addDays } from '../../lib/time';

/** A Monday. */
const MONDAY = '2026-09-28';

function row(day: string, completed: number, score: number | null = null, workingDay = true): DayRow {
  const checkIn: CheckIn | null = score === null ? null : { day, score, symptoms: false, at: 0 };
  return { day, completed, partial: 0, due: completed, taken: completed, snoozed: 0, skipped: 0, natural: 0, activeMinutes: 0, checkIn, workingDay };
}

const days = (routines: number[], scores: (number | null)[] = []): ChartDay[] =>
  routines.map((r, i) => ({ day: addDays(MONDAY, i), routines: r, score: scores[i] ?? null }));

describe('chartDays', () => {
  it('takes each day\'s completed routines and check-in score, nothing else', () => {
    expect(chartDays([row(MONDAY, 3, 5), row(addDays(MONDAY, 1), 0)])).toEqual([
      { day: MONDAY, routines: 3, score: 5 },
      { day: addDays(MONDAY, 1), routines: 0, score: null },
    ]);
  });
});

describe('routineAxisMax', () => {
  it.each([
    [[0, 0], 4],
    [[1, 3], 4],
    [[5], 6],
    [[6], 6],
    [[7, 2], 8],
    [[13], 14],
  ])('for routines %j the left axis runs to %i (at least 4, even)', (routines, max) => {
    expect(routineAxisMax(days(routines))).toBe(max);
  });
});

describe('chartLayout', () => {
  const W = 330;
  const H = 220;

  it('draws one bar per day with a routine, as tall as its share of the axis, centred in its slot', () => {
    const c = chartLayout(days([2, 0, 4, 1]), W, H);
    const { left, right, top, bottom } = c.plot;
    expect(c.bars.map((b) => [b.day, b.value])).toEqual([
      [MONDAY, 2],
      [addDays(MONDAY, 2), 4],
      [addDays(MONDAY, 3), 1],
    ]);
    const slot = (right - left) / 4;
    for (const b of c.bars) {
      const i = [MONDAY, addDays(MONDAY, 2), addDays(MONDAY, 3)].indexOf(b.day);
      const index = [0, 2, 3][i];
      expect(b.x + b.width / 2).toBeCloseTo(left + slot * (index + 0.5), 0);
      expect(b.y + b.height).toBeCloseTo(bottom, 0);
      expect(b.height).toBeCloseTo(((bottom - top) * b.value) / 4, 0);
    }
  });

  it('puts the score on a 0–10 scale and breaks the line where a day has no check-in', () => {
    const c = chartLayout(days([0, 0, 0, 0, 0], [10, 5, null, 0, 2]), W, H);
    expect(c.points.map((p) => [p.day, p.score])).toEqual([
      [MONDAY, 10],
      [addDays(MONDAY, 1), 5],
      [addDays(MONDAY, 3), 0],
      [addDays(MONDAY, 4), 2],
    ]);
    const [ten, five, zero] = c.points;
    expect(ten.y).toBeCloseTo(c.plot.top, 0);
    expect(zero.y).toBeCloseTo(c.plot.bottom, 0);
    expect(five.y).toBeCloseTo((c.plot.top + c.plot.bottom) / 2, 0);
    // Two pieces: days 1–2 and days 4–5; day 3 has none.
    expect(c.lines).toHaveLength(2);
    expect(c.lines[0]).toBe(`M${ten.x} ${ten.y}L${five.x} ${five.y}`);
    expect(c.lines[1].startsWith(`M${zero.x} ${zero.y}L`)).toBe(true);
  });

  it('draws no line for a lone check-in, only its point', () => {
    const c = chartLayout(days([1, 1, 1], [null, 4, null]), W, H);
    expect(c.points).toHaveLength(1);
    expect(c.lines).toEqual([]);
  });

  it('shares three grid lines between the two axes: routines 0, half, top and scores 0, 5, 10', () => {
    const c = chartLayout(days([7]), W, H);
    expect(c.routineTicks.map((t) => t.value)).toEqual([0, 4, 8]);
    expect(c.scoreTicks.map((t) => t.value)).toEqual([0, 5, 10]);
    expect(c.routineTicks.map((t) => t.y)).toEqual(c.scoreTicks.map((t) => t.y));
  });

  it('labels Mondays on the time axis, fewer of them when the chart is narrow, always the latest', () => {
    const eightWeeks = days(Array.from({ length: 56 }, () => 1));
    const mondays = Array.from({ length: 8 }, (_, i) => addDays(MONDAY, i * 7));
    expect(chartLayout(eightWeeks, 800, H).dayTicks.map((t) => t.day)).toEqual(mondays);
    const narrow = chartLayout(eightWeeks, 300, H).dayTicks.map((t) => t.day);
    expect(narrow).toEqual(mondays.filter((_, i) => i % 2 === 1));
  });

  it('stays within its box', () => {
    const c = chartLayout(days([3, 12, 0, 5], [0, 10, 3, null]), W, H);
    for (const b of c.bars) {
      expect(b.x).toBeGreaterThanOrEqual(c.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(c.plot.right);
      expect(b.y).toBeGreaterThanOrEqual(c.plot.top);
    }
    for (const p of c.points) expect(p.y).toBeGreaterThanOrEqual(c.plot.top);
  });
});

describe('chartSummary', () => {
  it('says the span, the routines and the check-ins', () => {
    const rows = [row(MONDAY, 3, 6), row(addDays(MONDAY, 1), 2), row(addDays(MONDAY, 2), 4, 4)];
    expect(sayPhrase(chartSummary(rows, 'en')!)).toBe('From Sep 28 to Sep 30: 9 routines completed (3 a working day); 2 check-ins, 6 at first and 4 at the latest.');
  });

  it('says when there are no check-ins yet', () => {
    expect(sayPhrase(chartSummary([row(MONDAY, 1)], 'en')!)).toBe('From Sep 28 to Sep 28: 1 routine completed (1 a working day); no check-ins yet.');
  });

  it('writes its dates and numbers as the language does', () => {
    const rows = [row(MONDAY, 3, 6), row(addDays(MONDAY, 1), 2)];
    expect(chartSummary(rows, 'de')).toMatchObject({ subs: { from: dayMonth(MONDAY, 'de'), to: dayMonth(addDays(MONDAY, 1), 'de'), perDay: '2,5' } });
    expect(dayMonth(MONDAY, 'de')).toMatch(/^28\. Sep/);
  });

  it('says nothing for no days', () => {
    expect(chartSummary([], 'en')).toBeNull();
  });
});
