import { defineItem } from './storage-item';
import { parseChecklist, type ChecklistState } from '../checklist';

/** The checklist's ticks and last review; machine-local, like the desk it describes. */
export const checklistItem = defineItem<unknown>('local:checklist');

/** The stored checklist (empty when storage held nothing usable). */
export async function loadChecklist(): Promise<ChecklistState> {
  return parseChecklist(await checklistItem.getValue());
}

export async function saveChecklist(state: ChecklistState): Promise<void> {
  await checklistItem.setValue(state);
}

/** Calls `listener` when the checklist changes in any page; returns a disposer. */
export function watchChecklist(listener: (state: ChecklistState) => void): () => void {
  return checklistItem.watch((raw) => listener(parseChecklist(raw)));
}
