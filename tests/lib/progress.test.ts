import { describe, expect, it } from 'vitest';
import { noCheckIns, recordCheckIn, type CheckIns } from '../../lib/checkin';
import { emptyHistory, type History, type HistoryEntry, type HistoryKind } from '../../lib/history';
import {
  adviceOf,
  progressCsv,
  progressDays,
  routinesPerDay,
  streak,
  trendMessage,
  weekStart,
  type DayRow,
  type ProgressInput,
} from '../../lib/progress';
import { sayPhrase } from '../../lib/adapters/phrases';
import { addDays, dayStart, HOUR, MINUTE } from '../../lib/time';
import { noWorkingHours, weekdaysNineToFive } from '../../lib/working-hours';

// Monday 16 November 2026 is "today" in every case.
const TODAY = '2026-11-16';
const at = (day: string, hour = 10) => dayStart(day) + hour * HOUR;
const event = (kind: HistoryKind, day: string, hour = 10): HistoryEntry => ({ kind, at: at(day, hour) });
const history = (events: HistoryEntry[] = [], days: History['days'] = []): History => ({ ...emptyHistory(), events, days });
const checkIns = (scores: [day: string, score: number, symptoms?: boolean][]): CheckIns =>
  scores.reduce((all, [day, score, symptoms = false]) => recordCheckIn(all, { day, score, symptoms, at: at(day, 12) }), noCheckIns());
const input = (patch: Partial<ProgressInput> = {}): ProgressInput => ({
  history: history(),
  checkIns: noCheckIns(),
  unrecorded: [{ day: TODAY, activeMs: 0 }],
  workingHours: noWorkingHours(),
  ...patch,
});
/** `n` days ending today, each with the given completed routines (oldest first). */
const daysWith = (completed: number[]): History =>
  history(completed.flatMap((n, i) => Array.from({ length: n }, (_, j) => event('routine-completed', addDays(TODAY, i - completed.length + 1), 9 + j))));

describe('progressDays: one row a day from raw events, day totals, and the day under way', () => {
  it('counts each kind, taken = completed + partial, and active minutes', () => {
    const h = history(
      [event('due', TODAY, 9), event('routine-completed', TODAY, 9), event('due', TODAY, 11), event('snoozed', TODAY, 11), event('routine-abandoned', TODAY, 12), event('skipped', addDays(TODAY, -1)), event('natural-break', TODAY, 13), event('routine-partial', TODAY, 14)],
      [{ day: addDays(TODAY, -1), counts: { 'natural-break': 0, 'routine-completed': 2, 'routine-partial': 0, 'routine-abandoned': 0, skipped: 0, snoozed: 0, due: 3 }, activeMs: 5 * HOUR }],
    );
    const rows = progressDays(input({ history: h, unrecorded: [{ day: TODAY, activeMs: 90 * MINUTE }] }), addDays(TODAY, -1), TODAY);
    expect(rows).toEqual([
      { day: '2026-11-15', completed: 2, partial: 0, due: 3, taken: 2, snoozed: 0, skipped: 1, natural: 0, activeMinutes: 300, checkIn: null, workingDay: true },
      { day: '2026-11-16', completed: 1, partial: 2, due: 2, taken: 3, snoozed: 1, skipped: 0, natural: 1, activeMinutes: 90, checkIn: null, workingDay: true },
    ]);
  });

  it('marks days without working hours, and carries the day’s check-in', () => {
    const rows = progressDays(input({ workingHours: weekdaysNineToFive(), checkIns: checkIns([[TODAY, 4]]) }), '2026-11-14', TODAY);
    expect(rows.map((r) => [r.day, r.workingDay])).toEqual([['2026-11-14', false], ['2026-11-15', false], ['2026-11-16', true]]);
    expect(rows[2].checkIn?.score).toBe(4);
  });

  it('weeks start on Monday', () => {
    expect([weekStart('2026-11-16'), weekStart('2026-11-22'), weekStart('2026-11-23')]).toEqual(['2026-11-16', '2026-11-16', '2026-11-23']);
  });
});

describe('streak', () => {
  const rows = (completed: number[], hours = noWorkingHours()) =>
    progressDays(input({ history: daysWith(completed), workingHours: hours }), addDays(TODAY, -(completed.length - 1)), TODAY);
  it.each<[string, number[], number]>([
    ['nothing yet', [0, 0, 0], 0],
    ['three days including today', [0, 1, 2, 1], 3],
    ['today not done yet does not break it', [1, 1, 1, 0], 3],
    ['a missed day before today breaks it', [1, 1, 0, 0], 0],
    ['a missed day in the middle', [1, 0, 1, 1], 2],
  ])('%s', (_name, completed, expected) => {
    expect(streak(rows(completed), TODAY)).toBe(expected);
  });

  it('a weekend outside working hours neither counts nor breaks it', () => {
    // Thu, Fri, (Sat, Sun: no hours), Mon today.
    expect(streak(rows([1, 1, 0, 0, 1], weekdaysNineToFive()), TODAY)).toBe(3);
    // Routines done on the weekend anyway do not count either.
    expect(streak(rows([1, 1, 1, 1, 1], weekdaysNineToFive()), TODAY)).toBe(3);
  });
});

describe('trend sentence', () => {
  const rowsOf = (scores: [string, number][], completed: number[] = []) =>
    progressDays(input({ checkIns: checkIns(scores), history: daysWith(completed) }), addDays(TODAY, -55), TODAY);
  it.each<[string, [string, number][], number[], string]>([
    ['no check-ins', [], [], 'No check-ins yet: after a routine, say how your mid back feels, and the trend appears here.'],
    ['one check-in', [[TODAY, 5]], [], '1 check-in so far; the trend needs a week of them.'],
    ['two within a week', [[addDays(TODAY, -3), 5], [TODAY, 4]], [], '2 check-ins so far; the trend needs a week of them.'],
    ['down over 4 weeks', [[addDays(TODAY, -28), 5], [addDays(TODAY, -14), 4], [TODAY, 3]], Array(56).fill(4), 'Stiffness down from 5 to 3 over 4 weeks, with 4 routines a day.'],
    ['up over 1 week', [[addDays(TODAY, -7), 2], [TODAY, 4]], Array(8).fill(1), 'Stiffness up from 2 to 4 over 1 week, with 1 routine a day.'],
    ['steady', [[addDays(TODAY, -14), 3], [TODAY, 3]], [], 'Stiffness steady at 3 over 2 weeks, with 0 routines a day.'],
  ])('%s', (_name, scores, completed, sentence) => {
    expect(sayPhrase(trendMessage(rowsOf(scores, completed), 'en'))).toBe(sentence);
  });

  it('holds its words as keys, its numbers written as the language writes them', () => {
    const rows = rowsOf([[addDays(TODAY, -14), 5], [TODAY, 3]], [...Array(54).fill(0), 5, 0]);
    expect(trendMessage(rows, 'de')).toEqual({
      key: 'progress.trend.down',
      subs: {
        from: '5',
        to: '3',
        weeks: { key: 'progress.trend.weeks', subs: { n: '2' }, count: 2 },
        perDay: { key: 'progress.trend.perDay', subs: { n: '0,3' }, count: 0.3 },
      },
    });
  });

  it('routines a day count working days only', () => {
    const rows = progressDays(input({ history: daysWith([2, 2, 2, 2, 1, 1, 2]), workingHours: weekdaysNineToFive() }), addDays(TODAY, -6), TODAY);
    // Tue..Fri and Mon are working days: 2+2+2+2+2 over 5 (the weekend's 1 and 1 are left out).
    expect(routinesPerDay(rows)).toBe(2);
  });
});

describe('the 6-week rule and new symptoms', () => {
  const sixWeeks = (early: number, late: number, perDay = 2, symptoms = false) => {
    const scores: [string, number, boolean?][] = [
      [addDays(TODAY, -41), early],
      [addDays(TODAY, -35), early],
      [addDays(TODAY, -20), Math.round((early + late) / 2)],
      [addDays(TODAY, -6), late],
      [TODAY, late, symptoms],
    ];
    return progressDays(input({ checkIns: checkIns(scores), history: daysWith(Array(42).fill(perDay)) }), addDays(TODAY, -55), TODAY);
  };
  it.each<[string, DayRow[], ReturnType<typeof adviceOf>]>([
    ['clear improvement (6 → 3)', sixWeeks(6, 3), null],
    ['no clear improvement (6 → 5), routines every day', sixWeeks(6, 5), 'no-clear-improvement'],
    ['worse (4 → 6)', sixWeeks(4, 6), 'no-clear-improvement'],
    ['no clear improvement but routines on few days: not regular exercise', sixWeeks(6, 6, 0), null],
    ['new numbness, tingling or weakness in the latest check-in', sixWeeks(6, 3, 2, true), 'symptoms'],
  ])('%s', (_name, rows, advice) => {
    expect(adviceOf(rows, TODAY)).toBe(advice);
  });

  it('counts the 8-week programme’s sessions as regular exercise', () => {
    const rows = sixWeeks(6, 5, 0);
    const sessions = rows.filter((_, i) => i % 4 !== 0).map((r) => r.day);
    expect(adviceOf(rows, TODAY, sessions)).toBe('no-clear-improvement');
    // A session now and then is not regular exercise.
    expect(adviceOf(rows, TODAY, sessions.filter((_, i) => i % 3 === 0))).toBeNull();
  });

  it('says nothing before six weeks of check-ins', () => {
    const rows = progressDays(input({ checkIns: checkIns([[addDays(TODAY, -20), 6], [TODAY, 6]]), history: daysWith(Array(42).fill(2)) }), addDays(TODAY, -55), TODAY);
    expect(adviceOf(rows, TODAY)).toBeNull();
  });
});

describe('CSV export', () => {
  it('one row a day, with a header, ready for a spreadsheet', () => {
    const rows = progressDays(input({ history: daysWith([1, 2]), checkIns: checkIns([[TODAY, 3, true]]), unrecorded: [{ day: TODAY, activeMs: 61 * MINUTE }] }), addDays(TODAY, -1), TODAY);
    expect(progressCsv(rows)).toBe(
      [
        'date,routines completed,routines partial,breaks due,breaks taken,snoozed,skipped,natural breaks,active minutes,check-in (0-10),"new numbness, tingling or weakness"',
        '2026-11-15,1,0,0,1,0,0,0,0,,',
        '2026-11-16,2,0,0,2,0,0,0,61,3,yes',
        '',
      ].join('\r\n'),
    );
  });
});
