import { parseRoutineProgress, type RoutineProgress } from '../routine-progress';
import { routineProgressItem } from './routine-progress-item';

// Raw `unknown` in storage, read through the pure parser: corrupt data means "no routine
// under way", never a crash.
export { routineProgressItem };

/** The stored routine, or null when none is under way (or storage held nothing usable). */
export async function loadRoutineProgress(): Promise<RoutineProgress | null> {
  return parseRoutineProgress(await routineProgressItem.getValue());
}

/** Stores the routine's progress; null clears it. */
export async function saveRoutineProgress(progress: RoutineProgress | null): Promise<void> {
  if (progress === null) await routineProgressItem.removeValue();
  else await routineProgressItem.setValue(progress);
}

/** Calls `listener` when another page (or this one) changes the progress; returns a disposer. */
export function watchRoutineProgress(listener: (progress: RoutineProgress | null) => void): () => void {
  return routineProgressItem.watch((raw) => listener(parseRoutineProgress(raw)));
}
