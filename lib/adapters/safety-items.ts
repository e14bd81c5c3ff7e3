import { defineItem } from './storage-item';

/** Set once the user has dismissed the first-run safety note. */
export const safetyNoteSeenItem = defineItem<unknown>('local:safetyNoteSeen');

/** Whether the note was dismissed; anything but `true` means it shows again. */
export async function loadSafetyNoteSeen(): Promise<boolean> {
  return (await safetyNoteSeenItem.getValue()) === true;
}

export async function saveSafetyNoteSeen(): Promise<void> {
  await safetyNoteSeenItem.setValue(true);
}
