import { CLOCK_SLACK_MS, DAY, dayKey, isStoredDuration, isStoredTime } from './time';
import { readShape, type Shape } from './versioned';

/** What happened to one break, as the history records it. */
export type HistoryKind =
  | 'natural-break'
  | 'routine-completed'
  /** The routine ran to its end with steps skipped (`steps` says which were done). */
  | 'routine-partial'
  | 'routine-abandoned'
  | 'skipped'
  | 'snoozed'
  | 'due';
export const HISTORY_KINDS: readonly HistoryKind[] = [
  'natural-break',
  'routine-completed',
  'routine-partial',
  'routine-abandoned',
  'skipped',
  'snoozed',
  'due',
];

export interface HistoryEntry {
  kind: HistoryKind;
  /** When it began (for a natural break, when the user went idle or the gap began). */
  at: number;
  /** How long it lasted, where that is known. */
  durationMs?: number;
  /** For a partial routine: the ids of the steps that were done. */
  steps?: string[];
}

/** A routine has a few steps, each id a short word; anything longer is corrupt. */
const MAX_STEPS = 20;
const MAX_STEP_ID = 40;

/** One local calendar day: its folded events, counted, and its active screen time. */
export interface DayTotals {
  /** The local date, YYYY-MM-DD. */
  day: string;
  /** Events of the day that have been folded (the rest are still raw events). */
  counts: Record<HistoryKind, number>;
  /** Active screen time that day, once the day is over (the day under way is in the schedule state). */
  activeMs: number;
}

/**
 * Version 1 was a bare list of entries; version 2 added the day totals older entries fold
 * into; version 3 added each day's active screen time and the "due" event; version 4 the
 * partial routine, whose entry lists the steps done.
 */
export const HISTORY_VERSION = 4;

export interface History {
  v: typeof HISTORY_VERSION;
  /** Raw events, oldest first: the last RAW_DAYS days (at most EVENT_LIMIT of them). */
  events: HistoryEntry[];
  /** Day totals of the events folded so far, oldest first, one per day. */
  days: DayTotals[];
}

/** Raw events are kept this long: the views need eight weeks. Older ones are folded, not dropped. */
export const RAW_DAYS = 56;
/** At most this many raw events; past it the oldest are folded into their days early. */
export const EVENT_LIMIT = 2000;
/** Day totals kept: over two years (older days go; the README says so). */
export const DAY_LIMIT = 800;
/** No break lasts longer (a natural break over a long holiday included); a longer one is corrupt. */
export const MAX_EVENT_MS = 60 * DAY;
/** A day's count of one kind never reaches this; a larger one is corrupt. */
const MAX_COUNT = 100_000;

export function emptyHistory(): History {
  return { v: HISTORY_VERSION, events: [], days: [] };
}

function zeroCounts(): Record<HistoryKind, number> {
  return Object.fromEntries(HISTORY_KINDS.map((k) => [k, 0])) as Record<HistoryKind, number>;
}

/** A day's active time, as the schedule hands it over when counting moves past the day. */
export interface DayActivity {
  day: string;
  activeMs: number;
}

/** Adds `events` and `activity` to the day totals (which stay sorted, one entry per day, at most DAY_LIMIT). */
function foldInto(days: readonly DayTotals[], events: readonly HistoryEntry[], activity: readonly DayActivity[] = []): DayTotals[] {
  const byDay = new Map<string, DayTotals>();
  const totalsOf = (key: string) => {
    const totals = byDay.get(key) ?? { day: key, counts: zeroCounts(), activeMs: 0 };
    byDay.set(key, totals);
    return totals;
  };
  for (const d of days) {
    const totals = totalsOf(d.day);
    for (const kind of HISTORY_KINDS) totals.counts[kind] += d.counts[kind];
    totals.activeMs = Math.min(DAY, totals.activeMs + d.activeMs);
  }
  for (const e of events) totalsOf(dayKey(e.at)).counts[e.kind] += 1;
  for (const a of activity) {
    const totals = totalsOf(a.day);
    totals.activeMs = Math.min(DAY, totals.activeMs + a.activeMs);
  }
  const sorted = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return sorted.slice(-DAY_LIMIT);
}

/**
 * The history after `entries` at `now`: events older than RAW_DAYS, or past EVENT_LIMIT,
 * are folded into their day's totals, so the history stays bounded and nothing is lost.
 */
export function recordHistory(
  history: History,
  entries: readonly HistoryEntry[],
  now: number,
  activity: readonly DayActivity[] = [],
): History {
  const all = [...history.events, ...entries];
  const cutoff = now - RAW_DAYS * DAY;
  const overflow = Math.max(0, all.length - EVENT_LIMIT);
  const folded: HistoryEntry[] = [];
  const kept: HistoryEntry[] = [];
  all.forEach((e, i) => (i < overflow || e.at < cutoff ? folded : kept).push(e));
  if (!folded.length && !activity.length) return { v: HISTORY_VERSION, events: kept, days: history.days };
  return { v: HISTORY_VERSION, events: kept, days: foldInto(history.days, folded, activity) };
}

/** One event, checked and bounded (no time in the far past or future); null when malformed. */
export function parseEntry(raw: unknown, now: number): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { kind, at, durationMs, steps } = raw as Record<string, unknown>;
  if (!HISTORY_KINDS.includes(kind as HistoryKind) || !isStoredTime(at, now + CLOCK_SLACK_MS)) return null;
  const entry: HistoryEntry = { kind: kind as HistoryKind, at };
  if (durationMs !== undefined) {
    if (!isStoredDuration(durationMs, MAX_EVENT_MS)) return null;
    entry.durationMs = durationMs;
  }
  if (steps !== undefined) {
    const ok = Array.isArray(steps) && steps.length <= MAX_STEPS && steps.every((x) => typeof x === 'string' && x.length <= MAX_STEP_ID);
    if (!ok || kind !== 'routine-partial') return null;
    entry.steps = [...(steps as string[])];
  }
  return entry;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** One day's totals, checked; null when malformed. */
export function parseDay(raw: unknown): DayTotals | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { day, counts, activeMs } = raw as Record<string, unknown>;
  if (typeof day !== 'string' || !DAY_PATTERN.test(day) || typeof counts !== 'object' || counts === null) return null;
  if (!isStoredDuration(activeMs, DAY)) return null;
  const out = zeroCounts();
  for (const kind of HISTORY_KINDS) {
    const n = (counts as Record<string, unknown>)[kind] ?? 0;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= MAX_COUNT) return null;
    out[kind] = n;
  }
  return { day, counts: out, activeMs };
}

function parseCurrent(raw: unknown, now: number): History | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { events, days } = raw as Record<string, unknown>;
  if (!Array.isArray(events) || !Array.isArray(days)) return null;
  // A malformed entry is dropped on its own; the rest of the history is kept.
  const kept = events.map((e) => parseEntry(e, now)).filter((e): e is HistoryEntry => e !== null);
  const totals = days.map(parseDay).filter((d): d is DayTotals => d !== null);
  // Re-folding bounds whatever storage held (too many events, unsorted or doubled days).
  return recordHistory({ v: HISTORY_VERSION, events: [], days: foldInto(totals, []) }, kept, now);
}

/** How the history is stored, and how a version-1 list becomes version 2. */
export const HISTORY_SHAPE: Shape<History, number> = {
  name: 'common.item.history',
  version: HISTORY_VERSION,
  legacyVersion: 1,
  steps: {
    1: (raw) => ({ v: 2, events: Array.isArray(raw) ? raw : [], days: [] }),
    2: (raw) => {
      const { days, ...rest } = raw as { days?: unknown };
      const withActive = Array.isArray(days) ? days.map((d) => (typeof d === 'object' && d !== null ? { ...d, activeMs: 0 } : d)) : days;
      return { ...rest, v: 3, days: withActive };
    },
    // Nothing to change: no entry is partial yet, and a day's missing count reads as 0.
    3: (raw) => ({ ...(raw as object), v: 4 }),
  },
  parse: parseCurrent,
};

/** Whatever storage held, as a valid history (empty when nothing usable was stored). */
export function parseHistory(raw: unknown, now: number): History {
  return readShape(raw, HISTORY_SHAPE, now).value ?? emptyHistory();
}

/** The routine entries: a break whose routine ran, in part or not to its end. */
const ROUTINE_KINDS: readonly HistoryKind[] = ['routine-completed', 'routine-partial', 'routine-abandoned'];

/**
 * How many breaks with a routine the history records, raw events and day totals together:
 * when breaks take turns (lib/custom-routine.ts `routineForBreak`), the next one plays turn
 * number this. It moves on once each break ends, so a break that starts twice over (a worker
 * stopped before its write) gets the same turn; a day total dropped as the history ages
 * moves the turns on by its count, which only starts the round elsewhere.
 */
export function routinesRecorded(history: History): number {
  const events = history.events.filter((e) => ROUTINE_KINDS.includes(e.kind)).length;
  const days = history.days.reduce((sum, d) => sum + ROUTINE_KINDS.reduce((n, k) => n + (d.counts[k] ?? 0), 0), 0);
  return events + days;
}
