import { defineItem, setItems } from './storage-item';
import { appendHistory, parseHistory, type HistoryEntry } from '../history';
import { parseScheduleState, type ScheduleState } from '../schedule-state';

// Items hold raw `unknown` values and are read through the pure parsers in lib/, which
// carry the version and migrate or replace bad data. WXT's own `version` option is not
// used because it throws on a value from a newer version ("Version downgrade detected"),
// and a crash is the one thing corrupt storage must never cause.

/** The schedule's state: machine-local, written by the background only. */
export const scheduleItem = defineItem<unknown>('local:schedule');
/** Breaks taken, skipped and snoozed. */
export const historyItem = defineItem<unknown>('local:history');

/** The schedule state at `now` (a fresh cycle when storage held nothing usable). */
export async function loadSchedule(now: number): Promise<ScheduleState> {
  return parseScheduleState(await scheduleItem.getValue(), now).state;
}

/** The stored history, oldest first. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  return parseHistory(await historyItem.getValue());
}

/** Writes the new state and any new history entries in one storage call, so neither is lost without the other. */
export async function saveSchedule(state: ScheduleState, newEntries: readonly HistoryEntry[]): Promise<void> {
  if (!newEntries.length) {
    await scheduleItem.setValue(state);
    return;
  }
  const history = appendHistory(await loadHistory(), newEntries);
  await setItems([
    { item: scheduleItem, value: state },
    { item: historyItem, value: history },
  ]);
}

/** Calls `listener` whenever the stored schedule changes (from any context); returns a disposer. */
export function watchSchedule(listener: (state: ScheduleState) => void, now: () => number = Date.now): () => void {
  return scheduleItem.watch((raw) => listener(parseScheduleState(raw, now()).state));
}
