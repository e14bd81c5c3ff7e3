import { CHECKLIST_SHAPE, emptyChecklist, type ChecklistState } from '../checklist';
import { defineVersionedItem, readItem, watchItem, writeItem } from './versioned-item';

/**
 * The checklist's ticks and last review; machine-local, like the desk it describes. A
 * newer version's value is left alone; this version keeps its ticks for the session.
 */
export const checklistItem = defineVersionedItem('local:checklist', CHECKLIST_SHAPE, { shadow: 'session:checklist' });

/** The stored checklist at `now` (empty when storage held nothing usable). */
export async function loadChecklist(now: number): Promise<ChecklistState> {
  return (await readItem(checklistItem, now)).value ?? emptyChecklist();
}

export async function saveChecklist(state: ChecklistState): Promise<void> {
  await writeItem(checklistItem, state);
}

/** Calls `listener` when the checklist changes in any page; returns a disposer. */
export function watchChecklist(listener: (state: ChecklistState) => void, now: () => number): () => void {
  return watchItem(checklistItem, (read) => listener(read.value ?? emptyChecklist()), now);
}
