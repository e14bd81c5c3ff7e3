import { defineItem } from './storage-item';

/**
 * The routine under way, raw; read it through `parseRoutineProgress` (routine-items.ts).
 * Kept apart so the popup can ask "is a routine under way?" without loading the routine code.
 */
export const routineProgressItem = defineItem<unknown>('local:routineProgress');
