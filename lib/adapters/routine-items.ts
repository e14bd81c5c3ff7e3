import { ROUTINE_PROGRESS_SHAPE, type RoutineProgress } from '../routine-progress';
import { CLOCK_SLACK_MS, isStoredTime } from '../time';
import type { Shape } from '../versioned';
import { ROUTINE_PROGRESS_KEY, ROUTINE_PROGRESS_SHADOW } from './routine-progress-item';
import { defineVersionedItem, readItem, removeItem, watchItem, writeItem } from './versioned-item';

// The one module that writes the routine's stored position: the background when a break
// starts or ends (written with the schedule state), the routine store for everything a
// user does in a page. Corrupt data means "no routine under way", never a crash.

/** The routine under way; a newer version's value is left alone (this version keeps its own for the session). */
export const routineProgressVersioned = defineVersionedItem(ROUTINE_PROGRESS_KEY, ROUTINE_PROGRESS_SHAPE, {
  shadow: ROUTINE_PROGRESS_SHADOW,
});

/** A page that shows the running routine: when it last said so, and which page it was. */
export interface RoutineSeen {
  v: 1;
  at: number;
  /** The page's own random id, so a page can tell its own notes from another page's. */
  by: string;
}

/** Noted every few seconds by each page that shows the running routine; kept apart from the progress so it never overwrites a pause. */
const SEEN_SHAPE: Shape<RoutineSeen, number> = {
  name: 'common.item.routineSeen',
  version: 1,
  steps: {},
  parse: (raw, now) => {
    const { at, by } = raw as { at?: unknown; by?: unknown };
    return isStoredTime(at, now + CLOCK_SLACK_MS) && typeof by === 'string' ? { v: 1, at, by } : null;
  },
};
const seenItem = defineVersionedItem('local:routineSeen', SEEN_SHAPE, { shadow: 'session:routineSeen' });

/** The stored routine at `now`, or null when none is under way (or storage held nothing usable). */
export async function loadRoutineProgress(now: number): Promise<RoutineProgress | null> {
  return (await readItem(routineProgressVersioned, now)).value;
}

/** Stores the routine's progress; null clears it. */
export async function saveRoutineProgress(progress: RoutineProgress | null): Promise<void> {
  if (progress === null) await removeItem(routineProgressVersioned);
  else await writeItem(routineProgressVersioned, progress);
}

/** When a page last showed the routine, and which (null when never noted). */
export async function loadRoutineSeen(now: number): Promise<RoutineSeen | null> {
  return (await readItem(seenItem, now)).value;
}

/** Notes that page `by` shows the running routine at `at`. */
export async function saveRoutineSeen(at: number, by: string): Promise<void> {
  await writeItem(seenItem, { v: 1, at, by });
}

/** Calls `listener` with each note that a page shows the routine; returns a disposer. */
export function watchRoutineSeen(listener: (seen: RoutineSeen) => void, now: () => number): () => void {
  return watchItem(seenItem, (read) => read.value && listener(read.value), now);
}

/** Calls `listener` when another page (or this one) changes the progress; returns a disposer. */
export function watchRoutineProgress(listener: (progress: RoutineProgress | null) => void, now: () => number): () => void {
  return watchItem(routineProgressVersioned, (read) => listener(read.value), now);
}
