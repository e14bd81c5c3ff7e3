import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOVEMENTS, type MovementId } from '../../lib/movements';
import {
  CHECK_IN_WEEKS,
  completeSession,
  daysBetween,
  isDayKey,
  isPhaseEnd,
  isSessionDone,
  lastDay,
  MAX_REPEATS,
  MAX_START_AHEAD_DAYS,
  PER_COUNT,
  PHASES,
  phaseOf,
  PROGRAMME_SHAPE,
  PROGRAMME_SOURCE,
  PROGRAMME_WEEKS,
  parseProgramme,
  programmeStatus,
  programmeWeek,
  repeatWeek,
  sessionsThisWeek,
  startProgramme,
  weekOf,
  weekSequence,
  type ProgrammePlan,
  type Week,
} from '../../lib/programme';
import { addDays, dayKey, DAY } from '../../lib/time';
import { readShape } from '../../lib/versioned';

const WEEKS = [1, 2, 3, 4, 5, 6, 7, 8] as const satisfies readonly Week[];

// ── the protocol ─────────────────────────────────────────────────────────────────────

/** The source's doses (seed 003, shared/docs/content-facts.md), week by week: [movement, sets, reps min, reps max, hold min, hold max, per, times a day]. */
type Dose = [MovementId, number, number, number, number | null, number | null, string | null, number];
const FOUNDATION: Dose[] = [
  ['diaphragmatic-breathing', 3, 10, 10, null, null, null, 2],
  ['lying-rotation', 2, 10, 10, null, null, 'direction', 1],
  ['prone-scapular-setting', 3, 15, 15, 5, 5, null, 1],
];
const MOBILITY: Dose[] = [
  ['foam-roller-extensions', 3, 15, 15, 2, 3, null, 1],
  ['quadruped-rotation', 3, 10, 10, null, null, 'side', 1],
  ['ytw-raises', 2, 10, 10, null, null, 'position', 1],
];
const STRENGTH: Dose[] = [
  ['band-rows', 3, 12, 15, null, null, null, 1],
  ['dead-bugs', 3, 10, 10, null, null, 'side', 1],
  ['bird-dog', 3, 10, 10, null, null, 'side', 1],
];
const BY_WEEK: [Week, string, Dose[]][] = [
  [1, 'foundation', FOUNDATION],
  [2, 'foundation', FOUNDATION],
  [3, 'mobility', MOBILITY],
  [4, 'mobility', MOBILITY],
  [5, 'strength', STRENGTH],
  [6, 'strength', STRENGTH],
  [7, 'strength', STRENGTH],
  [8, 'strength', STRENGTH],
];

describe('the protocol', () => {
  it.each(BY_WEEK)('week %i is %s, with the source’s doses', (week, id, doses) => {
    const phase = phaseOf(week);
    expect(phase.id).toBe(id);
    expect(phase.source).toBe('003_eb729e207637ddd1.txt');
    const got: Dose[] = phase.exercises.map((e) => [
      e.movement,
      e.sets,
      e.reps.min,
      e.reps.max,
      e.holdSec?.min ?? null,
      e.holdSec?.max ?? null,
      e.per ?? null,
      e.timesADay,
    ]);
    expect(got).toEqual(doses);
  });

  it('covers weeks 1–8 with three phases, each a run of weeks, none left out or doubled', () => {
    expect(PHASES.map((p) => [p.weeks.from, p.weeks.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 8],
    ]);
    expect(PROGRAMME_WEEKS).toBe(8);
  });

  it('uses only movements of the library, every one with the source the programme names', () => {
    for (const ex of PHASES.flatMap((p) => p.exercises)) {
      expect(MOVEMENTS[ex.movement].sources).toContain(PROGRAMME_SOURCE);
    }
  });

  it('counts sides and directions twice, the Y-T-W positions three times', () => {
    expect(PER_COUNT).toEqual({ side: 2, direction: 2, position: 3 });
  });

  it('refuses a week outside 1–8', () => {
    expect(() => phaseOf(0 as Week)).toThrow(RangeError);
    expect(() => phaseOf(9 as Week)).toThrow(RangeError);
  });

  // The library's dose text is what the page shows with each exercise: it must state the same
  // numbers and the same "each side", "twice a day" as the data the player counts with.
  describe('agrees with the dose text each movement shows', () => {
    const english = new Map(
      parseMessagesText(readFileSync(resolve(__dirname, '../../locales/en.yml'), 'utf8'), 'YAML').map((m) => [m.key.join('.'), m.type === 'plural' ? '' : m.message]),
    );
    const exercises = PHASES.flatMap((p) => p.exercises.map((e) => [e.movement, e] as const));
    it.each(exercises)('%s', (id, ex) => {
      const text = english.get(MOVEMENTS[id].dose) ?? '';
      const numbers = (text.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
      const want = [ex.sets, ex.reps.min, ...(ex.reps.max !== ex.reps.min ? [ex.reps.max] : [])];
      if (ex.holdSec) want.push(ex.holdSec.min, ...(ex.holdSec.max !== ex.holdSec.min ? [ex.holdSec.max] : []));
      expect(numbers).toEqual(want.sort((a, b) => a - b));
      expect(text.includes('twice a day')).toBe(ex.timesADay === 2);
      expect(text.includes('each side')).toBe(ex.per === 'side');
      expect(text.includes('each direction')).toBe(ex.per === 'direction');
      expect(text.includes('per position')).toBe(ex.per === 'position');
      expect(text.includes('breaths')).toBe(ex.unit === 'breaths');
    });
  });
});

describe('the check-in weeks', () => {
  it.each(WEEKS.map((w) => [w, w % 2 === 0] as const))('week %i ends with the check-in: %s', (week, yes) => {
    expect(isPhaseEnd(week)).toBe(yes);
  });

  it('falls on the last week of every phase', () => {
    for (const p of PHASES) expect(CHECK_IN_WEEKS).toContain(p.weeks.to);
  });
});

// ── the planner ──────────────────────────────────────────────────────────────────────

describe('day keys', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['', false],
    [20250101, false],
  ])('%s is a day: %s', (key, yes) => {
    expect(isDayKey(key)).toBe(yes);
  });

  it('counts calendar days, across months, years and leap days', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-01-08', '2025-01-01')).toBe(-7);
    expect(() => daysBetween('2025-02-30', '2025-03-01')).toThrow(RangeError);
  });
});

describe('programmeWeek', () => {
  const start = '2025-01-06';
  const cases: [offset: number, want: ReturnType<typeof programmeWeek>][] = [
    [-30, 'notStarted'],
    [-1, 'notStarted'],
    ...Array.from({ length: 56 }, (_, d) => [d, (Math.floor(d / 7) + 1) as Week] as [number, Week]),
    [56, 'done'],
    [400, 'done'],
  ];
  it.each(cases)('%i days after the start: %s', (offset, want) => {
    expect(programmeWeek(start, addDays(start, offset))).toBe(want);
  });

  it('advances with the calendar whatever was missed: no completed day is needed', () => {
    const plan = startProgramme(start);
    expect(weekOf(plan, addDays(start, 30))).toBe(5);
  });
});

/**
 * Weeks across the daylight-saving changes, in two zones. Each day is taken from a moment
 * as the user's clock shows it (`dayKey`), as the pages will. A naive count (whole 7 × 24 h
 * spans since the start moment) gets every one of these wrong; the test checks that too, so
 * a planner that fell back to it would fail here.
 */
const WEEK_MS = 7 * DAY;
const naiveWeek = (startAt: number, now: number) => Math.floor((now - startAt) / WEEK_MS) + 1;
const at = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

describe.each([
  {
    zone: 'Europe/Berlin',
    // Clocks go forward on Sunday 30 March 2025, back on Sunday 26 October 2025.
    spring: { start: [2025, 3, 24, 23, 30], today: [2025, 3, 31, 0, 30], week: 2 },
    autumn: { start: [2025, 10, 20, 0, 10], today: [2025, 11, 2, 23, 50], week: 2 },
  },
  {
    zone: 'America/New_York',
    // Clocks go forward on Sunday 9 March 2025, back on Sunday 2 November 2025.
    spring: { start: [2025, 3, 3, 23, 30], today: [2025, 3, 10, 0, 30], week: 2 },
    autumn: { start: [2025, 10, 27, 0, 10], today: [2025, 11, 9, 23, 50], week: 2 },
  },
])('across the daylight-saving changes in $zone', ({ zone, spring, autumn }) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it('runs in that zone (the clock really changes)', () => {
    expect(new Date(2025, 0, 15).getTimezoneOffset()).not.toBe(new Date(2025, 6, 15).getTimezoneOffset());
  });

  it.each([
    ['spring', spring],
    ['autumn', autumn],
  ] as const)('%s: a start late on a Monday, a today across the change', (_season, c) => {
    const startAt = at(...(c.start as [number, number, number, number, number]));
    const now = at(...(c.today as [number, number, number, number, number]));
    expect(new Date(startAt).getDay()).toBe(1);
    expect(programmeWeek(dayKey(startAt), dayKey(now))).toBe(c.week);
    // The naive count is wrong here: this case would catch it.
    expect(naiveWeek(startAt, now)).not.toBe(c.week);
    // So is a naive count from the start of the day.
    expect(naiveWeek(new Date(startAt).setHours(0, 0, 0, 0), now)).not.toBe(c.week);
  });

  it('every day of the 8 weeks around both changes has the week its calendar day says', () => {
    for (const c of [spring, autumn]) {
      const startDay = dayKey(at(...(c.start as [number, number, number, number, number])));
      // From noon of each local day, so the hour of the change never decides it.
      for (let d = 0; d < 56; d++) {
        const [y, mo, day] = startDay.split('-').map(Number);
        const noon = new Date(y, mo - 1, day + d, 12).getTime();
        expect(programmeWeek(startDay, dayKey(noon))).toBe(Math.floor(d / 7) + 1);
      }
      expect(programmeWeek(startDay, addDays(startDay, 56))).toBe('done');
    }
  });
});

// ── the user's programme ─────────────────────────────────────────────────────────────

const START = '2025-03-03';
const day = (n: number) => addDays(START, n);

describe('programmeStatus', () => {
  const plan = startProgramme(START);

  it('before the start: not started, with the days to go', () => {
    expect(programmeStatus(plan, day(-3))).toEqual({ kind: 'notStarted', startsInDays: 3 });
  });

  it('in week 3, day 4: the mobility phase', () => {
    const s = programmeStatus(plan, day(17));
    expect(s).toMatchObject({ kind: 'running', week: 3, calendarWeek: 3, dayOfWeek: 4, repeated: false, checkInDay: false, canRepeat: true, sessionDone: false });
    expect(s.kind === 'running' && s.phase.id).toBe('mobility');
  });

  it.each(WEEKS.map((w) => [w] as const))('the last day of week %i is a check-in day only after weeks 2, 4, 6 and 8', (week) => {
    const s = programmeStatus(plan, day(week * 7 - 1));
    expect(s).toMatchObject({ kind: 'running', week, dayOfWeek: 7, checkInDay: week % 2 === 0 });
    expect(programmeStatus(plan, day(week * 7 - 2))).toMatchObject({ checkInDay: false });
  });

  it('after week 8: done', () => {
    expect(programmeStatus(plan, day(56))).toEqual({ kind: 'done' });
    expect(lastDay(plan)).toBe(day(55));
  });
});

describe('repeatWeek', () => {
  const plan = startProgramme(START);

  it('repeats the current week next week: today keeps its week and phase, the start never moves', () => {
    const today = day(17); // week 3, day 4
    const after = repeatWeek(plan, today);
    expect(after.startDay).toBe(START);
    expect(after.repeats).toEqual([3]);
    expect(weekOf(after, today)).toBe(3);
    expect(weekOf(after, day(21))).toBe(3);
    expect(programmeStatus(after, day(21))).toMatchObject({ repeated: true, calendarWeek: 4, canRepeat: true });
    expect(weekOf(after, day(28))).toBe(4);
    expect(weekOf(after, day(62))).toBe(8);
    expect(weekOf(after, day(63))).toBe('done');
  });

  it('never changes a week already lived', () => {
    let p = plan;
    for (const today of [day(3), day(10), day(17), day(33), day(40)]) {
      const next = repeatWeek(p, today);
      for (let d = 0; d <= daysBetween(START, today); d++) expect(weekOf(next, day(d))).toBe(weekOf(p, day(d)));
      p = next;
    }
    // Each repeat makes the next calendar week the same programme week again: week 1 three
    // times over, then week 2 twice.
    expect(p.repeats).toEqual([1, 1, 1, 2, 2]);
    expect([0, 7, 14, 21, 28, 35, 42, 49].map((d) => weekOf(p, day(d)))).toEqual([1, 1, 1, 1, 2, 2, 2, 3]);
  });

  it('adds one week per calendar week, however often it is asked', () => {
    const once = repeatWeek(plan, day(8));
    expect(repeatWeek(once, day(9))).toBe(once);
    expect(programmeStatus(once, day(9))).toMatchObject({ canRepeat: false });
    // In the repeated week itself, the user may ask again.
    expect(repeatWeek(once, day(15)).repeats).toEqual([2, 2]);
  });

  it('does nothing before the start or after week 8', () => {
    expect(repeatWeek(plan, day(-1))).toBe(plan);
    expect(repeatWeek(plan, day(56))).toBe(plan);
  });

  it('repeats week 8 at most into one more week 8, never a week 9', () => {
    const p = repeatWeek(plan, day(50));
    expect(p.repeats).toEqual([8]);
    expect(weekOf(p, day(57))).toBe(8);
    expect(weekOf(p, day(63))).toBe('done');
  });

  it(`stops at ${MAX_REPEATS} repeats: the programme never runs past 16 weeks`, () => {
    let p = plan;
    for (let k = 0; k < 20; k++) p = repeatWeek(p, day(k * 7));
    expect(p.repeats).toHaveLength(MAX_REPEATS);
    expect(weekSequence(p)).toHaveLength(PROGRAMME_WEEKS + MAX_REPEATS);
    expect(p.repeats).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(weekOf(p, day(8 * 7))).toBe(1);
    expect(weekOf(p, day(9 * 7))).toBe(2);
    expect(weekOf(p, day(16 * 7 - 1))).toBe(8);
    expect(weekOf(p, day(16 * 7))).toBe('done');
  });
});

describe('sessions', () => {
  const plan = startProgramme(START);

  it('a done session counts once, on a day of the running programme only', () => {
    const p = completeSession(completeSession(plan, day(2)), day(2));
    expect(p.completed).toEqual([day(2)]);
    expect(isSessionDone(p, day(2))).toBe(true);
    expect(isSessionDone(p, day(3))).toBe(false);
    expect(programmeStatus(p, day(2))).toMatchObject({ sessionDone: true });
    expect(completeSession(plan, day(-1))).toBe(plan);
    expect(completeSession(plan, day(56))).toBe(plan);
  });

  it('keeps the days in order and counts this calendar week’s', () => {
    let p = plan;
    for (const d of [9, 1, 7, 8, 13]) p = completeSession(p, day(d));
    expect(p.completed).toEqual([1, 7, 8, 9, 13].map(day));
    expect(sessionsThisWeek(p, day(13))).toBe(4);
    expect(sessionsThisWeek(p, day(8))).toBe(2);
    expect(sessionsThisWeek(p, day(6))).toBe(1);
    expect(sessionsThisWeek(p, day(-2))).toBe(0);
  });
});

// ── the stored shape ─────────────────────────────────────────────────────────────────

describe('the stored programme', () => {
  // Noon on 15 June 2025 by the machine's clock: today is 2025-06-15 in any zone the suite runs in.
  const NOW = new Date(2025, 5, 15, 12).getTime();
  const TODAY = dayKey(NOW);
  const stored = (over: Partial<Record<keyof ProgrammePlan, unknown>>) => ({ v: 1, startDay: '2025-05-05', repeats: [], completed: [], ...over });

  it('reads back as written', () => {
    const plan: ProgrammePlan = { v: 1, startDay: '2025-05-05', repeats: [2], completed: ['2025-05-05', '2025-05-07'] };
    expect(readShape(plan, PROGRAMME_SHAPE, NOW)).toEqual({ value: plan, outcome: 'ok' });
  });

  it.each([
    ['nothing', undefined, 'empty'],
    ['null', null, 'empty'],
    ['a newer version', { v: 99, startDay: '2025-05-05' }, 'newer'],
    ['no version', { startDay: '2025-05-05', repeats: [], completed: [] }, 'corrupt'],
    ['a string', 'yes', 'corrupt'],
    ['an array', [1, 2], 'corrupt'],
  ])('%s is read as %s, no programme', (_what, raw, outcome) => {
    expect(readShape(raw, PROGRAMME_SHAPE, NOW)).toEqual({ value: null, outcome });
    expect(parseProgramme(raw, NOW)).toBeNull();
  });

  it.each([
    ['a start day that is no date', { startDay: '2025-02-30' }],
    ['a start day in another form', { startDay: '05/05/2025' }],
    ['a start day that is a number', { startDay: 20250505 }],
    ['a start day before Midbreak existed', { startDay: '2023-12-31' }],
    ['a start day in the far past', { startDay: '1970-01-01' }],
    [`a start day more than ${MAX_START_AHEAD_DAYS} days ahead`, { startDay: addDays(TODAY, MAX_START_AHEAD_DAYS + 1) }],
    ['a start day in the far future', { startDay: '2999-01-01' }],
    ['repeats that are not a list', { repeats: 3 }],
    ['completed days that are not a list', { completed: '2025-05-05' }],
    ['a list too long to be ours', { completed: Array.from({ length: 5000 }, () => '2025-05-05') }],
  ])('%s: corrupt', (_what, over) => {
    expect(readShape(stored(over), PROGRAMME_SHAPE, NOW).outcome).toBe('corrupt');
  });

  it(`accepts a start up to ${MAX_START_AHEAD_DAYS} days ahead ("start next Monday") and one long past (done)`, () => {
    expect(parseProgramme(stored({ startDay: addDays(TODAY, MAX_START_AHEAD_DAYS) }), NOW)?.startDay).toBe(addDays(TODAY, MAX_START_AHEAD_DAYS));
    const old = parseProgramme(stored({ startDay: '2024-01-01' }), NOW)!;
    expect(weekOf(old, TODAY)).toBe('done');
  });

  it('keeps only real weeks as repeats, in order, at most 8', () => {
    expect(parseProgramme(stored({ repeats: [9, 0, 'x', 2.5, 3, 1, null, -1] }), NOW)?.repeats).toEqual([1, 3]);
    expect(parseProgramme(stored({ repeats: [8, 7, 6, 5, 4, 3, 2, 1, 1, 1] }), NOW)?.repeats).toEqual([1, 1, 1, 2, 3, 4, 5, 6]);
  });

  it('drops completed days that are malformed, doubled, before the start, after the programme or after today', () => {
    const got = parseProgramme(
      stored({
        startDay: '2025-05-05',
        completed: ['2025-05-07', '2025-05-05', '2025-05-07', '2025-05-04', 'garbage', 7, null, '2025-02-30', addDays(TODAY, 1), TODAY],
      }),
      NOW,
    );
    expect(got?.completed).toEqual(['2025-05-05', '2025-05-07', TODAY]);
    const ended = parseProgramme(stored({ startDay: '2025-01-06', completed: ['2025-03-02', '2025-03-03'] }), NOW);
    expect(ended?.completed).toEqual(['2025-03-02']);
  });

  it('never holds more completed days than the programme has days', () => {
    // A year of days, for a programme that began 20 days ago and one that is long over.
    const year = Array.from({ length: 366 }, (_, i) => addDays('2024-09-01', i));
    const recent = parseProgramme(stored({ startDay: addDays(TODAY, -20), completed: year }), NOW)!;
    expect(recent.completed).toHaveLength(21);
    const over = parseProgramme(stored({ startDay: '2024-10-07', repeats: [1, 2], completed: year }), NOW)!;
    expect(over.completed).toHaveLength((PROGRAMME_WEEKS + 2) * 7);
  });

  it('allows the usual hour of clock slack for a day just begun on another device', () => {
    const lateEvening = new Date(2025, 5, 15, 23, 30).getTime();
    const tomorrow = addDays(dayKey(lateEvening), 1);
    expect(parseProgramme(stored({ completed: [tomorrow] }), lateEvening)?.completed).toEqual([tomorrow]);
  });
});
