import { emptyHistory, HISTORY_SHAPE, recordHistory, type History } from '../history';
import type { Transition } from '../schedule';
import { scheduleItem } from './schedule-item';
import { defineVersionedItem, readItem, watchItem, writeItem, writeItems } from './versioned-item';

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

/** One more versioned item to write in the same storage call (see saveSchedule). */
export type AlsoWrite = Parameters<typeof writeItems>[0][number];

/**
 * Writes the new state with what the step produced, in one storage call so none is written
 * without the others: new history entries and whole days of active time, and whatever
 * else the caller must write with them (the routine a break starts or ends).
 */
export async function saveSchedule(
  { state, history, activity }: Pick<Transition, 'state' | 'history' | 'activity'>,
  now: number,
  also: AlsoWrite[] = [],
): Promise<void> {
  const writes: AlsoWrite[] = [{ item: scheduleItem, value: state }, ...also];
  if (history.length || activity.length) {
    writes.push({ item: historyItem, value: recordHistory(await loadHistory(now), history, now, activity) });
  }
  await writeItems(writes);
}

/** Replaces the whole history (an import); the same bounds as every write. */
export async function replaceHistory(history: History, now: number): Promise<void> {
  await writeItem(historyItem, recordHistory(history, [], now));
}

/** Calls `listener` whenever the history changes (the worker records a break, an import); returns a disposer. */
export function watchHistory(listener: (history: History) => void, now: () => number): () => void {
  return watchItem(historyItem, (read) => listener(read.value ?? emptyHistory()), now);
}
