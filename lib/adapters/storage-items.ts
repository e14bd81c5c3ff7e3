import { emptyHistory, HISTORY_SHAPE, recordHistory, type History } from '../history';
import { DESK_ROUTINE_ID, startProgress } from '../routine-progress';
import type { Transition } from '../schedule';
import { routineProgressVersioned } from './routine-items';
import { scheduleItem } from './schedule-item';
import { defineVersionedItem, readItem, writeItem, writeItems } from './versioned-item';

// What the background writes after each step, and the one module that writes the history.
// Each item is read through its shape's migration chain (lib/versioned.ts). All are
// machine-local: a value from a newer version (a downgrade on this machine) is left
// untouched, and this version keeps its own in session storage until the browser closes.

/** Breaks taken, skipped and snoozed, folded into day totals as they age. */
export const historyItem = defineVersionedItem('local:history', HISTORY_SHAPE, { shadow: 'session:history' });

/** The stored history at `now`. */
export async function loadHistory(now: number): Promise<History> {
  return (await readItem(historyItem, now)).value ?? emptyHistory();
}

/**
 * Writes the new state with what the step produced, in one storage call so none is written
 * without the others: new history entries and whole days of active time, and the routine
 * a break starts (pending until a page shows it) or the end of the one under way.
 */
export async function saveSchedule(
  { state, history, activity, routine }: Pick<Transition, 'state' | 'history' | 'activity' | 'routine'>,
  now: number,
): Promise<void> {
  const writes: Parameters<typeof writeItems>[0] = [{ item: scheduleItem, value: state }];
  if (history.length || activity.length) {
    writes.push({ item: historyItem, value: recordHistory(await loadHistory(now), history, now, activity) });
  }
  if (routine !== null) {
    // null reads as "no routine under way", and unlike a removal it goes in the same call.
    const progress = routine === 'end' ? null : startProgress(DESK_ROUTINE_ID, routine.startedAt, true);
    writes.push({ item: routineProgressVersioned, value: progress });
  }
  await writeItems(writes);
}

/** Replaces the whole history (an import); the same bounds as every write. */
export async function replaceHistory(history: History, now: number): Promise<void> {
  await writeItem(historyItem, recordHistory(history, [], now));
}
