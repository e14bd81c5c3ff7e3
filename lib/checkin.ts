import { CLOCK_SLACK_MS, isStoredTime } from './time';
import { readShape, type Shape } from './versioned';

/** How the mid back feels on one day, on the 0–10 scale the finish screen asks about. */
export interface CheckIn {
  /** The local date, YYYY-MM-DD. */
  day: string;
  /** 0 is no stiffness or ache at all, 10 the worst the user can imagine. */
  score: number;
  /** New numbness, tingling or weakness: the page points to "When to get checked" at once. */
  symptoms: boolean;
  /** When it was given (the last answer of a day wins). */
  at: number;
}

export const CHECKIN_VERSION = 1;

/** Every check-in, one per day, oldest first; and the day the user last said "not now". */
export interface CheckIns {
  v: typeof CHECKIN_VERSION;
  entries: CheckIn[];
  skippedDay: string | null;
}

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Check-ins kept: as long as the history's day totals. */
export const CHECKIN_LIMIT = 800;

export function noCheckIns(): CheckIns {
  return { v: CHECKIN_VERSION, entries: [], skippedDay: null };
}

/** Adds or replaces the check-in of its day; the list stays sorted and bounded. */
export function recordCheckIn(all: CheckIns, entry: CheckIn): CheckIns {
  const entries = [...all.entries.filter((e) => e.day !== entry.day), entry].sort((a, b) => (a.day < b.day ? -1 : 1));
  return { ...all, entries: entries.slice(-CHECKIN_LIMIT) };
}

/** The user said "not now" today: the finish screen does not ask again until tomorrow. */
export function skipCheckIn(all: CheckIns, day: string): CheckIns {
  return { ...all, skippedDay: day };
}

/** The check-in of `day`, if there is one. */
export function checkInOf(all: CheckIns, day: string): CheckIn | null {
  return all.entries.find((e) => e.day === day) ?? null;
}

/** Whether a finished routine should ask how the back feels: at most once a day, never after "not now". */
export function shouldAskCheckIn(all: CheckIns, day: string): boolean {
  return all.skippedDay !== day && checkInOf(all, day) === null;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** One check-in, checked and bounded; null when malformed. */
export function parseCheckIn(raw: unknown, now: number): CheckIn | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { day, score, symptoms, at } = raw as Record<string, unknown>;
  if (typeof day !== 'string' || !DAY_PATTERN.test(day)) return null;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) return null;
  if (typeof symptoms !== 'boolean' || !isStoredTime(at, now + CLOCK_SLACK_MS)) return null;
  return { day, score, symptoms, at };
}

function parseCurrent(raw: unknown, now: number): CheckIns | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { entries, skippedDay } = raw as Record<string, unknown>;
  if (!Array.isArray(entries)) return null;
  let out = noCheckIns();
  for (const e of entries) {
    const c = parseCheckIn(e, now);
    if (c) out = recordCheckIn(out, c);
  }
  return { ...out, skippedDay: typeof skippedDay === 'string' && DAY_PATTERN.test(skippedDay) ? skippedDay : null };
}

/** How check-ins are stored: version 1 is the first. */
export const CHECKINS_SHAPE: Shape<CheckIns, number> = {
  name: 'common.item.checkIns',
  version: CHECKIN_VERSION,
  steps: {},
  parse: parseCurrent,
};

/** Whatever storage held, as valid check-ins (none when nothing usable was stored). */
export function parseCheckIns(raw: unknown, now: number): CheckIns {
  return readShape(raw, CHECKINS_SHAPE, now).value ?? noCheckIns();
}
