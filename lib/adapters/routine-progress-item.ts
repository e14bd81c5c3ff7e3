import { defineItem, type ItemKey } from './storage-item';

export const ROUTINE_PROGRESS_KEY: ItemKey = 'local:routineProgress';
/** Where this version keeps its routine while storage holds a newer version's. */
export const ROUTINE_PROGRESS_SHADOW: ItemKey = 'session:routineProgress';

/**
 * The routine under way, raw; read it through `loadRoutineProgress` (routine-items.ts).
 * Kept apart so the popup can ask "is a routine under way?" without loading the routine code.
 */
export const routineProgressItem = defineItem<unknown>(ROUTINE_PROGRESS_KEY);
