import { initialScheduleState, SCHEDULE_SHAPE, type ScheduleState } from '../schedule-state';
import { SCHEDULE_KEY } from './storage-keys';
import { defineVersionedItem, readItem, watchItem } from './versioned-item';

// The schedule's state, as pages and the worker read it. Written by the background only
// (lib/adapters/storage-items.ts, with the history and the routine a step produced).
// Machine-local: a value from a newer version (a downgrade on this machine) is left
// untouched, and this version keeps its own in session storage until the browser closes.

export const scheduleItem = defineVersionedItem(SCHEDULE_KEY, SCHEDULE_SHAPE, { shadow: 'session:schedule' });

/** The schedule state at `now` (a fresh cycle when storage held nothing usable). */
export async function loadSchedule(now: number): Promise<ScheduleState> {
  return (await readItem(scheduleItem, now)).value ?? initialScheduleState(now);
}

/** Calls `listener` whenever the stored schedule changes (from any context); returns a disposer. */
export function watchSchedule(listener: (state: ScheduleState) => void, now: () => number = Date.now): () => void {
  return watchItem(scheduleItem, (read) => listener(read.value ?? initialScheduleState(now())), now);
}
