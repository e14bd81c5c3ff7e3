import type { Routine } from './routine';
import { routineMoment, stepStartMs, elapsedMs, type PauseSpan, type RoutineMoment } from './routine-timer';
import { BREAK_TIMEOUT_MS } from './schedule';

/** Bumped when the stored shape changes; an unknown version is dropped, never trusted. */
export const ROUTINE_PROGRESS_VERSION = 1;

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
  /** The last moment a page showed it running; a closed page's gap starts here. */
  seenAt: number;
}

/**
 * Progress older than this is not offered back: by then the background has already
 * recorded the break as abandoned (it uses the same limit).
 */
export const STALE_PROGRESS_MS = BREAK_TIMEOUT_MS;

/** A routine starting at `now`. */
export function startProgress(routineId: string, now: number): RoutineProgress {
  return { v: ROUTINE_PROGRESS_VERSION, routineId, beganAt: now, startedAt: now, pauses: [], seenAt: now };
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
  return { ...p, startedAt: now - elapsed, pauses: [], seenAt: now };
}

/** Jumps to the start of step `index`, keeping the paused or running state. */
export function seekStep(routine: Routine, p: RoutineProgress, index: number, now: number): RoutineProgress {
  const i = Math.max(0, Math.min(index, routine.steps.length - 1));
  const target = stepStartMs(routine, i);
  return { ...p, startedAt: now - target, pauses: isPaused(p) ? [{ from: now, to: null }] : [], seenAt: now };
}

/** Records that a page still shows the routine at `now`. */
export function markSeen(p: RoutineProgress, now: number): RoutineProgress {
  return { ...p, seenAt: Math.max(p.seenAt, now) };
}

/**
 * What a page that opens finds: null when the progress is stale; otherwise the routine
 * paused where it was last seen, so the time the page was closed does not count and the
 * user chooses to resume or start over.
 */
export function reopenProgress(p: RoutineProgress, now: number): RoutineProgress | null {
  if (now - p.seenAt > STALE_PROGRESS_MS) return null;
  if (isPaused(p)) return p;
  return { ...p, pauses: [{ from: p.seenAt, to: null }] };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function parsePause(raw: unknown): PauseSpan | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { from, to } = raw as Record<string, unknown>;
  if (!isTime(from)) return null;
  if (to === null) return { from, to: null };
  return isTime(to) && to >= from ? { from, to } : null;
}

/** Reads stored progress; anything missing, malformed or from another version is null (no routine). */
export function parseRoutineProgress(raw: unknown): RoutineProgress | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const p = raw as Record<string, unknown>;
  if (p.v !== ROUTINE_PROGRESS_VERSION || typeof p.routineId !== 'string') return null;
  if (!isTime(p.beganAt) || !isTime(p.startedAt) || !isTime(p.seenAt)) return null;
  if (!Array.isArray(p.pauses) || p.pauses.length > 20) return null;
  const pauses = p.pauses.map(parsePause);
  if (pauses.some((x) => x === null)) return null;
  return {
    v: ROUTINE_PROGRESS_VERSION,
    routineId: p.routineId,
    beganAt: p.beganAt,
    startedAt: p.startedAt,
    pauses: pauses as PauseSpan[],
    seenAt: p.seenAt,
  };
}
