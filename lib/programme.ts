import type { MessageKey } from './i18n';
import type { MovementId } from './movements';
import { addDays, CLOCK_SLACK_MS, dayKey, EARLIEST_TIME } from './time';
import { readShape, type Shape } from './versioned';

// The 8-week programme (issue 12), opt-in: the protocol of seed article 003 as data, and the
// planner that says which week a day falls in. Everything is a pure function of day keys
// (YYYY-MM-DD, local days from lib/time.ts `dayKey`): a week is 7 calendar days, never
// 7 × 24 h, so a daylight-saving change or a start late in the evening cannot shift it.
// The session a player shows is built in lib/programme-plan.ts.

export const PROGRAMME_SOURCE = '003_eb729e207637ddd1.txt';
/** The programme's length in weeks (without repeated weeks). */
export const PROGRAMME_WEEKS = 8;
/** The source's daily aim: "consistency over intensity, 10–15 minutes daily" (in minutes). */
export const DAILY_MINUTES = { min: 10, max: 15 } as const;
/** The source: most people see clear improvement within 4–6 weeks. */
export const IMPROVEMENT_WEEKS = { min: 4, max: 6 } as const;

/** A count as the source gives it: one number (min === max) or a range such as 12–15. */
export interface Range {
  min: number;
  max: number;
}
const exactly = (n: number): Range => ({ min: n, max: n });
const range = (min: number, max: number): Range => ({ min, max });

/** What one rep of an exercise is repeated for: each side, each direction, or each position (Y, T, W). */
export type Per = 'side' | 'direction' | 'position';
/** How many sides, directions or positions a set goes through. */
export const PER_COUNT: Record<Per, number> = { side: 2, direction: 2, position: 3 };

/** One exercise of a phase, with the source's dose in numbers. */
export interface ProgrammeExercise {
  movement: MovementId;
  sets: number;
  /** Reps per set; with `per`, reps on each side, in each direction or in each position. */
  reps: Range;
  /** What a rep is: a movement, or a breath. */
  unit: 'reps' | 'breaths';
  /** Each rep holds the end position this long (seconds), where the source gives a hold. */
  holdSec?: Range;
  per?: Per;
  /** How often a day the exercise is done (the source: breathing twice a day); 1 otherwise. */
  timesADay: number;
}

export type PhaseId = 'foundation' | 'mobility' | 'strength';

/** A phase of the programme: its weeks, its words and its exercises in the order they are done. */
export interface ProgrammePhase {
  id: PhaseId;
  /** First and last week of the phase (1-based, inclusive). */
  weeks: { from: number; to: number };
  /** The phase's name (a key). */
  name: MessageKey;
  /** What the phase works on, in a line (a key). */
  focus: MessageKey;
  exercises: readonly ProgrammeExercise[];
  source: string;
}

/** The protocol: weeks 1–2 foundation, 3–4 mobility, 5–8 strength, with the source's doses. */
export const PHASES: readonly ProgrammePhase[] = [
  {
    id: 'foundation',
    weeks: { from: 1, to: 2 },
    name: 'programme.phase.foundation.name',
    focus: 'programme.phase.foundation.focus',
    exercises: [
      { movement: 'diaphragmatic-breathing', sets: 3, reps: exactly(10), unit: 'breaths', timesADay: 2 },
      { movement: 'lying-rotation', sets: 2, reps: exactly(10), unit: 'reps', per: 'direction', timesADay: 1 },
      { movement: 'prone-scapular-setting', sets: 3, reps: exactly(15), unit: 'reps', holdSec: exactly(5), timesADay: 1 },
    ],
    source: PROGRAMME_SOURCE,
  },
  {
    id: 'mobility',
    weeks: { from: 3, to: 4 },
    name: 'programme.phase.mobility.name',
    focus: 'programme.phase.mobility.focus',
    exercises: [
      { movement: 'foam-roller-extensions', sets: 3, reps: exactly(15), unit: 'reps', holdSec: range(2, 3), timesADay: 1 },
      { movement: 'quadruped-rotation', sets: 3, reps: exactly(10), unit: 'reps', per: 'side', timesADay: 1 },
      { movement: 'ytw-raises', sets: 2, reps: exactly(10), unit: 'reps', per: 'position', timesADay: 1 },
    ],
    source: PROGRAMME_SOURCE,
  },
  {
    id: 'strength',
    weeks: { from: 5, to: 8 },
    name: 'programme.phase.strength.name',
    focus: 'programme.phase.strength.focus',
    exercises: [
      { movement: 'band-rows', sets: 3, reps: range(12, 15), unit: 'reps', timesADay: 1 },
      { movement: 'dead-bugs', sets: 3, reps: exactly(10), unit: 'reps', per: 'side', timesADay: 1 },
      { movement: 'bird-dog', sets: 3, reps: exactly(10), unit: 'reps', per: 'side', timesADay: 1 },
    ],
    source: PROGRAMME_SOURCE,
  },
];

/** A programme week, 1–8. */
export type Week = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

function isWeek(n: unknown): n is Week {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= PROGRAMME_WEEKS;
}

/** The phase week `week` (1–8) belongs to. */
export function phaseOf(week: Week): ProgrammePhase {
  const phase = PHASES.find((p) => week >= p.weeks.from && week <= p.weeks.to);
  if (!phase) throw new RangeError(`No programme week ${week}`); // not shown: a caller's bug
  return phase;
}

/**
 * The weeks whose end brings the check-in ("how does your back feel?"). The issue asks for
 * one at the end of each two-week phase; the strength phase runs four weeks, so it is read
 * as two two-week blocks and asked about at week 6 as well as week 8. Week 6 is also where
 * the source's 4–6 weeks of expected improvement run out, which is worth asking about.
 */
export const CHECK_IN_WEEKS: readonly Week[] = [2, 4, 6, 8];

/** Whether the end of `week` brings the check-in (weeks 2, 4, 6 and 8; see CHECK_IN_WEEKS). */
export function isPhaseEnd(week: Week): boolean {
  return CHECK_IN_WEEKS.includes(week);
}

// ── days ─────────────────────────────────────────────────────────────────────────────

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a YYYY-MM-DD key, counted zone-free (so every day is one apart); null when not a real date. */
function dayNumber(key: string): number | null {
  const m = DAY_PATTERN.exec(key);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  // 2025-02-30 would roll over to March: not a date.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return utc / 86_400_000;
}

/** True when `key` is a real calendar date written YYYY-MM-DD. */
export function isDayKey(key: unknown): key is string {
  return typeof key === 'string' && dayNumber(key) !== null;
}

/** Calendar days from day `from` to day `to` (negative when `to` is earlier). Both must be day keys. */
export function daysBetween(from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new RangeError(`Not a day: ${a === null ? from : to}`); // not shown: a caller's bug
  return b - a;
}

/** Where a day stands in the plain 8 calendar weeks from a start day. */
export type WeekOrState = Week | 'notStarted' | 'done';

/**
 * The programme week (1–8) that `today` falls in for a programme started on `startDay`, by
 * local calendar days (both are day keys: `dayKey(now)`); 'notStarted' before the start
 * day, 'done' after week 8. Missed days change nothing: the week follows the calendar.
 */
export function programmeWeek(startDay: string, today: string): WeekOrState {
  const days = daysBetween(startDay, today);
  if (days < 0) return 'notStarted';
  const week = Math.floor(days / 7) + 1;
  return isWeek(week) ? week : 'done';
}

// ── the user's programme ─────────────────────────────────────────────────────────────

export const PROGRAMME_VERSION = 1;

/** How many weeks may be repeated in all: the programme never runs longer than 16 weeks. */
export const MAX_REPEATS = 8;
/** How far ahead a start day may be set ("start next Monday"); a later one is corrupt. */
export const MAX_START_AHEAD_DAYS = 28;

/** The user's programme, as stored. */
export interface ProgrammePlan {
  v: typeof PROGRAMME_VERSION;
  /** The day the programme began (a local day key); it never moves. */
  startDay: string;
  /** Each week the user chose to do again, once per repeat, in order (e.g. [2, 2, 5]). */
  repeats: Week[];
  /** The days on which a session was done, oldest first, each once. */
  completed: string[];
}

/** A new programme starting on `startDay`. */
export function startProgramme(startDay: string): ProgrammePlan {
  return { v: PROGRAMME_VERSION, startDay, repeats: [], completed: [] };
}

/**
 * The programme weeks in calendar order: each week, followed by its repeats. A repeat is
 * inserted after the last time its week appears, so the weeks already lived never change.
 */
export function weekSequence(plan: Pick<ProgrammePlan, 'repeats'>): Week[] {
  const out: Week[] = [];
  for (let w = 1; w <= PROGRAMME_WEEKS; w++) {
    out.push(w as Week);
    for (const r of plan.repeats) if (r === w) out.push(w as Week);
  }
  return out;
}

/** The last day of the programme (the last day of its last week, repeats included). */
export function lastDay(plan: Pick<ProgrammePlan, 'startDay' | 'repeats'>): string {
  return addDays(plan.startDay, weekSequence(plan).length * 7 - 1);
}

/** Where the programme stands on `today`. */
export type ProgrammeStatus =
  | { kind: 'notStarted'; startsInDays: number }
  | {
      kind: 'running';
      week: Week;
      phase: ProgrammePhase;
      /** Which calendar week since the start this is (1 up to 16, repeats counted). */
      calendarWeek: number;
      /** The day of this week, 1–7. */
      dayOfWeek: number;
      /** This week repeats the one before it. */
      repeated: boolean;
      /** Today's session has been done. */
      sessionDone: boolean;
      /** Today is the last day of a week that ends with the check-in (see isPhaseEnd). */
      checkInDay: boolean;
      /** "Repeat this week" is offered: not yet chosen for this week, and repeats are left. */
      canRepeat: boolean;
    }
  | { kind: 'done' };

/** Where the user's programme stands on `today` (a day key), repeated weeks included. */
export function programmeStatus(plan: ProgrammePlan, today: string): ProgrammeStatus {
  const days = daysBetween(plan.startDay, today);
  if (days < 0) return { kind: 'notStarted', startsInDays: -days };
  const seq = weekSequence(plan);
  const index = Math.floor(days / 7);
  if (index >= seq.length) return { kind: 'done' };
  const week = seq[index];
  const dayOfWeek = (days % 7) + 1;
  return {
    kind: 'running',
    week,
    phase: phaseOf(week),
    calendarWeek: index + 1,
    dayOfWeek,
    repeated: index > 0 && seq[index - 1] === week,
    sessionDone: isSessionDone(plan, today),
    checkInDay: dayOfWeek === 7 && isPhaseEnd(week),
    canRepeat: seq[index + 1] !== week && plan.repeats.length < MAX_REPEATS,
  };
}

/** The programme week `today` falls in (repeats included), or where the programme stands. */
export function weekOf(plan: ProgrammePlan, today: string): WeekOrState {
  const s = programmeStatus(plan, today);
  return s.kind === 'running' ? s.week : s.kind;
}

/**
 * "Repeat this week": the calendar week after this one is the same programme week again, so
 * the whole programme ends a week later. The start day never moves (today keeps its week
 * and its phase: moving the start a week later would turn week 3 back into foundation
 * work), a week is added at most once per calendar week, no more than MAX_REPEATS in all,
 * and nothing is repeated before the start or after week 8. Returns the plan unchanged when
 * there is nothing to repeat.
 */
export function repeatWeek(plan: ProgrammePlan, today: string): ProgrammePlan {
  const s = programmeStatus(plan, today);
  if (s.kind !== 'running' || !s.canRepeat) return plan;
  return { ...plan, repeats: [...plan.repeats, s.week].sort((a, b) => a - b) };
}

/** Whether today's session has been done. */
export function isSessionDone(plan: Pick<ProgrammePlan, 'completed'>, today: string): boolean {
  return plan.completed.includes(today);
}

/** Records today's session as done; only on a day of the running programme, once a day. */
export function completeSession(plan: ProgrammePlan, today: string): ProgrammePlan {
  if (programmeStatus(plan, today).kind !== 'running' || isSessionDone(plan, today)) return plan;
  return { ...plan, completed: [...plan.completed, today].sort() };
}

/** How many sessions were done in the calendar week `today` falls in (0–7). */
export function sessionsThisWeek(plan: ProgrammePlan, today: string): number {
  const days = daysBetween(plan.startDay, today);
  if (days < 0) return 0;
  const first = addDays(plan.startDay, Math.floor(days / 7) * 7);
  return plan.completed.filter((d) => d >= first && d <= today).length;
}

// ── stored shape ─────────────────────────────────────────────────────────────────────

/** A stored array longer than this is not ours: read as corrupt rather than walked through. */
const STORED_ARRAY_LIMIT = 1000;
/** The earliest day a programme can start: the day Midbreak's earliest stored time falls on (UTC). */
const EARLIEST_DAY = new Date(EARLIEST_TIME).toISOString().slice(0, 10);

/**
 * The stored programme, checked and bounded against `now`; null when it is not usable (a
 * start day before Midbreak existed or more than MAX_START_AHEAD_DAYS ahead, malformed
 * fields). Repeats beyond MAX_REPEATS, completed days outside the programme, after today or
 * twice over are dropped, so there can never be more completed days than programme days.
 */
function parseCurrent(raw: unknown, now: number): ProgrammePlan | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { startDay, repeats, completed } = raw as Record<string, unknown>;
  if (!isDayKey(startDay) || startDay < EARLIEST_DAY) return null;
  // Today as the user's clock has it, with the usual slack for a clock set back a little.
  const today = dayKey(now + CLOCK_SLACK_MS);
  if (daysBetween(today, startDay) > MAX_START_AHEAD_DAYS) return null;
  if (!Array.isArray(repeats) || !Array.isArray(completed)) return null;
  if (repeats.length > STORED_ARRAY_LIMIT || completed.length > STORED_ARRAY_LIMIT) return null;
  const plan: ProgrammePlan = {
    v: PROGRAMME_VERSION,
    startDay,
    repeats: repeats.filter(isWeek).sort((a, b) => a - b).slice(0, MAX_REPEATS),
    completed: [],
  };
  const last = lastDay(plan);
  const days = new Set(completed.filter((d): d is string => isDayKey(d) && d >= startDay && d <= last && d <= today));
  return { ...plan, completed: [...days].sort() };
}

/** How the programme is stored: version 1 is the first. */
export const PROGRAMME_SHAPE: Shape<ProgrammePlan, number> = {
  name: 'programme.item',
  version: PROGRAMME_VERSION,
  steps: {},
  parse: parseCurrent,
};

/** Whatever storage held, as a valid programme; null when none is stored or it is unusable (the user has not opted in). */
export function parseProgramme(raw: unknown, now: number): ProgrammePlan | null {
  return readShape(raw, PROGRAMME_SHAPE, now).value;
}
