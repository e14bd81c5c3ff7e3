import type { Shape } from '../versioned';
import { SAFETY_NOTE_KEY } from './storage-keys';
import { defineVersionedItem, readItem, writeItem } from './versioned-item';

/** Whether the first-run safety note was dismissed. */
interface NoteSeen {
  v: 2;
  seen: boolean;
}

/** Version 1 stored a bare `true`; version 2 carries its version like every other item. */
const NOTE_SEEN_SHAPE: Shape<NoteSeen, void> = {
  name: 'common.item.safetyNote',
  version: 2,
  legacyVersion: 1,
  steps: { 1: (raw) => ({ v: 2, seen: raw === true }) },
  parse: (raw) => ({ v: 2, seen: (raw as { seen?: unknown }).seen === true }),
};

export const safetyNoteSeenItem = defineVersionedItem(SAFETY_NOTE_KEY, NOTE_SEEN_SHAPE, { shadow: 'session:safetyNoteSeen' });

/** Whether the note was dismissed; anything else (nothing stored, junk) means it shows again. */
export async function loadSafetyNoteSeen(): Promise<boolean> {
  return (await readItem(safetyNoteSeenItem, undefined)).value?.seen === true;
}

export async function saveSafetyNoteSeen(): Promise<void> {
  await writeItem(safetyNoteSeenItem, { v: 2, seen: true });
}
