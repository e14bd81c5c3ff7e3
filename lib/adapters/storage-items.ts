import { emptyHistory, HISTORY_SHAPE, recordHistory, type History, type HistoryEntry } from '../history';
import { initialScheduleState, SCHEDULE_SHAPE, type ScheduleState } from '../schedule-state';
import { DESK_ROUTINE_ID, startProgress } from '../routine-progress';
import type { Transition } from '../schedule';
import { routineProgressVersioned } from './routine-items';
import { defineVersionedItem, writeVersioned } from './versioned-item';

// The schedule and the history: the background's state, and the one module that writes
// the history. Each is read through its shape's migration chain (lib/versioned.ts). Both
// are machine-local, so a value from a newer version (a downgrade on this machine) is left
// untouched and this version keeps its own in session storage until the browser closes.

/** The schedule's state: machine-local, written by the background only. */
export const scheduleItem = defineVersionedItem('local:schedule', SCHEDULE_SHAPE, { shadow: 'session:schedule' });
/** Breaks taken, skipped and snoozed, folded into day totals as they age. */
export const historyItem = defineVersionedItem('local:history', HISTORY_SHAPE, { shadow: 'session:history' });

/** The schedule state at `now` (a fresh cycle when storage held nothing usable). */
export async function loadSchedule(now: number): Promise<ScheduleState> {
  return (await scheduleItem.read(now)).value ?? initialScheduleState(now);
}

/** The stored history at `now`. */
export async function loadHistory(now: number): Promise<History> {
  return (await historyItem.read(now)).value ?? emptyHistory();
}

/**
 * Writes the new state with what the step produced, in one storage call so none is written
 * without the others: new history entries, and the routine a break starts (pending until a
 * page shows it) or the end of the one under way.
 */
export async function saveSchedule(
  state: ScheduleState,
  newEntries: readonly HistoryEntry[],
  now: number,
  routine: Transition['routine'] = null,
): Promise<void> {
  const writes: Parameters<typeof writeVersioned>[0] = [{ item: scheduleItem, value: state }];
  if (newEntries.length) writes.push({ item: historyItem, value: recordHistory(await loadHistory(now), newEntries, now) });
  if (routine !== null) {
    // null reads as "no routine under way", and unlike a removal it goes in the same call.
    const progress = routine === 'end' ? null : startProgress(DESK_ROUTINE_ID, routine.startedAt, true);
    writes.push({ item: routineProgressVersioned, value: progress });
  }
  await writeVersioned(writes);
}

/** Replaces the whole history (an import); the same bounds as every write. */
export async function replaceHistory(history: History, now: number): Promise<void> {
  await historyItem.write(recordHistory(history, [], now));
}

/** Calls `listener` whenever the stored schedule changes (from any context); returns a disposer. */
export function watchSchedule(listener: (state: ScheduleState) => void, now: () => number = Date.now): () => void {
  return scheduleItem.watch((read) => listener(read.value ?? initialScheduleState(now())), now);
}
