import type { Routine } from './routine';
import { routineMoment, stepStartMs, elapsedMs, type PauseSpan, type RoutineMoment } from './routine-timer';
import { BREAK_TIMEOUT_MS } from './schedule-advance';
import { CLOCK_SLACK_MS, isStoredTime } from './time';
import { readShape, type Shape } from './versioned';

/**
 * Version 2 added `pending` (a routine the background started that no page has shown yet);
 * version 3 `done` and `runFrom`, so a routine with skipped steps is recorded as partial.
 */
export const ROUTINE_PROGRESS_VERSION = 3;

/** A step counts as done once this much of its time has run (a Next pressed in its last seconds skips nothing). */
export const STEP_DONE_FRACTION = 0.8;

/** The 60-second desk routine's id: the one routine a break starts (lib/routine.ts holds its content). */
export const DESK_ROUTINE_ID = 'desk-60';

/** A routine under way, as stored so that a closed popup loses nothing. */
export interface RoutineProgress {
  v: typeof ROUTINE_PROGRESS_VERSION;
  routineId: string;
  /** When the user first started it (kept through restarts of the page). */
  beganAt: number;
  /** The timer's anchor: moved forward by closed pauses and step jumps, so `pauses` stays short. */
  startedAt: number;
  /** At most one pause, the open one. */
  pauses: PauseSpan[];
  /**
   * The last moment a page showed it running, as of the last write of the progress; pages
   * showing it also note later moments in the seen item (lib/adapters/routine-items.ts).
   */
  seenAt: number;
  /** Started by the background (the prompt, the shortcut) and not shown yet: its clock starts when a page first shows it. */
  pending: boolean;
  /** Ids of the steps done before the last jump between steps. */
  done: string[];
  /** The step the clock has run on from since the last jump: every step from it to the current one ran its full time. */
  runFrom: number;
}

/**
 * Progress older than this is not offered back: by then the background has already
 * recorded the break as abandoned (it uses the same limit).
 */
export const STALE_PROGRESS_MS = BREAK_TIMEOUT_MS;

/** A routine starting at `now`; a `pending` one waits, paused at its start, for a page to show it. */
export function startProgress(routineId: string, now: number, pending = false): RoutineProgress {
  const pauses = pending ? [{ from: now, to: null }] : [];
  return { v: ROUTINE_PROGRESS_VERSION, routineId, beganAt: now, startedAt: now, pauses, seenAt: now, pending, done: [], runFrom: 0 };
}

/**
 * The ids of the steps done by `now`, in routine order: those done before the last jump,
 * those the clock ran through since, and the current one once STEP_DONE_FRACTION of it ran.
 */
export function stepsDone(routine: Routine, p: RoutineProgress, now: number): string[] {
  const m = momentOf(routine, p, now);
  const current = routine.steps[m.stepIndex];
  const doneNow = m.finished || (!!current && m.stepElapsedMs >= current.durationSec * 1000 * STEP_DONE_FRACTION);
  return routine.steps
    .filter((s, i) => p.done.includes(s.id) || (i >= p.runFrom && i < m.stepIndex) || (i === m.stepIndex && doneNow))
    .map((s) => s.id);
}

/** True while the routine's clock stands still. */
export function isPaused(p: RoutineProgress): boolean {
  return p.pauses.some((x) => x.to === null);
}

/** Where the stored routine stands at `now`. */
export function momentOf(routine: Routine, p: RoutineProgress, now: number): RoutineMoment {
  return routineMoment(routine, p.startedAt, p.pauses, now);
}

/** Stops the clock at `now` (no change when already paused). */
export function pauseProgress(p: RoutineProgress, now: number): RoutineProgress {
  return isPaused(p) ? p : { ...p, pauses: [{ from: now, to: null }], seenAt: now };
}

/** Starts the clock again; the pause is folded into the anchor so storage never piles up spans. */
export function resumeProgress(p: RoutineProgress, now: number): RoutineProgress {
  if (!isPaused(p)) return p;
  const elapsed = elapsedMs(p.startedAt, p.pauses, now);
  return { ...p, startedAt: now - elapsed, pauses: [], seenAt: now, pending: false };
}

/** Jumps to the start of step `index`, keeping the paused or running state. */
export function seekStep(routine: Routine, p: RoutineProgress, index: number, now: number): RoutineProgress {
  const i = Math.max(0, Math.min(index, routine.steps.length - 1));
  const target = stepStartMs(routine, i);
  const done = stepsDone(routine, p, now);
  return { ...p, startedAt: now - target, pauses: isPaused(p) ? [{ from: now, to: null }] : [], seenAt: now, done, runFrom: i };
}

/** A page that shows a running routine notes that it is still on screen at least this often. */
export const SEEN_EVERY_MS = 2000;
/** A running routine seen this recently is on screen in another page: a page that opens joins it. */
export const SHOWN_WITHIN_MS = 2 * SEEN_EVERY_MS + 1000;

/**
 * What a page that opens finds, given the last moment any page was seen showing it:
 * - null when the progress is stale (the background has recorded the break as abandoned);
 * - a pending routine (started from the prompt or the shortcut) starts running now;
 * - a running routine another page shows right now is joined as it is, in step;
 * - otherwise no page has shown it since `seenAt`: it stands paused there, so the time
 *   it was closed does not count, and the page offers to carry on or start over.
 */
export function openProgress(
  p: RoutineProgress,
  seenAt: number,
  now: number,
): { progress: RoutineProgress; joined: boolean; reopened: boolean } | null {
  const seen = Math.max(p.seenAt, seenAt);
  if (p.pending) return { progress: resumeProgress(p, now), joined: false, reopened: false };
  if (now - seen > STALE_PROGRESS_MS) return null;
  if (isPaused(p)) return { progress: p, joined: true, reopened: true };
  if (now - seen <= SHOWN_WITHIN_MS) return { progress: p, joined: true, reopened: false };
  return { progress: { ...p, pauses: [{ from: seen, to: null }], seenAt: seen }, joined: false, reopened: true };
}

function parsePause(raw: unknown, latest: number): PauseSpan | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { from, to } = raw as Record<string, unknown>;
  if (!isStoredTime(from, latest)) return null;
  if (to === null) return { from, to: null };
  return isStoredTime(to, latest) && to >= from ? { from, to } : null;
}

/** The current shape, every moment bounded (none in the far past, none after now give or take a clock set back). */
function parseCurrent(raw: unknown, now: number): RoutineProgress | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const p = raw as Record<string, unknown>;
  const latest = now + CLOCK_SLACK_MS;
  if (typeof p.routineId !== 'string' || typeof p.pending !== 'boolean') return null;
  if (!isStoredTime(p.beganAt, latest) || !isStoredTime(p.startedAt, latest) || !isStoredTime(p.seenAt, latest)) return null;
  if (!Array.isArray(p.pauses) || p.pauses.length > 20) return null;
  const pauses = p.pauses.map((x) => parsePause(x, latest));
  if (pauses.some((x) => x === null)) return null;
  const done = p.done;
  if (!Array.isArray(done) || done.length > 20 || !done.every((x) => typeof x === 'string' && x.length <= 40)) return null;
  if (typeof p.runFrom !== 'number' || !Number.isInteger(p.runFrom) || p.runFrom < 0 || p.runFrom > 20) return null;
  return {
    v: ROUTINE_PROGRESS_VERSION,
    routineId: p.routineId,
    beganAt: p.beganAt,
    startedAt: p.startedAt,
    pauses: pauses as PauseSpan[],
    seenAt: p.seenAt,
    pending: p.pending,
    done: [...(done as string[])],
    runFrom: p.runFrom,
  };
}

/** How the routine under way is stored; version 1 had no `pending` (every routine was started by a page). */
export const ROUTINE_PROGRESS_SHAPE: Shape<RoutineProgress, number> = {
  name: 'common.item.routineProgress',
  version: ROUTINE_PROGRESS_VERSION,
  steps: {
    1: (raw) => ({ ...(raw as object), v: 2, pending: false }),
    // A routine under way when the extension updated: what ran before is unknown, so counted as done.
    2: (raw) => ({ ...(raw as object), v: 3, done: [], runFrom: 0 }),
  },
  parse: parseCurrent,
};

/** Reads stored progress; anything missing, malformed or from a newer version is null (no routine). */
export function parseRoutineProgress(raw: unknown, now: number): RoutineProgress | null {
  return readShape(raw, ROUTINE_PROGRESS_SHAPE, now).value;
}
