import {
  checkBreakChoice,
  CUSTOM_ROUTINES_SHAPE,
  DEFAULT_BREAK_CHOICE,
  storedCustomRoutines,
  type BreakChoice,
  type CustomError,
  type CustomRoutinesState,
  updateCustomRoutines,
  type CustomChange,
  type CustomUpdate,
  type StoredCustomRoutine,
} from '../custom-routine';
import type { Read } from '../versioned';
import { defineVersionedItem, readItem, watchItem, writeItems } from './versioned-item';
import { oneAtATime } from './one-at-a-time';

// Your own routines (lib/custom-routine.ts) and the routine chosen for breaks, in
// `storage.sync`, so they follow the user to other devices like the settings; a newer
// version's item is never overwritten (no shadow). Read by the pages only (the worker
// stores a break's routine as the desk routine, pending; the page that first shows it
// resolves the choice: lib/stores/routine-store.ts); written only by
// `updateCustomRoutineList`, `chooseBreakRoutine` and the import.

export const CUSTOM_ROUTINES_KEY = 'sync:customRoutines' as const;

export const customRoutinesItem = defineVersionedItem(CUSTOM_ROUTINES_KEY, CUSTOM_ROUTINES_SHAPE);

/** What storage holds: the list (empty when nothing usable is stored), and whether a newer version wrote it. */
export interface CustomRoutinesRead extends CustomRoutinesState {
  newer: boolean;
}

function asRead(read: Read<CustomRoutinesState>): CustomRoutinesRead {
  return { routines: read.value?.routines ?? [], choice: read.value?.choice ?? DEFAULT_BREAK_CHOICE, newer: read.outcome === 'newer' };
}

/** What storage holds now (the default choice and no routines when nothing usable is stored). */
async function current(): Promise<CustomRoutinesState> {
  return (await readItem(customRoutinesItem, undefined)).value ?? { choice: DEFAULT_BREAK_CHOICE, routines: [] };
}

export async function readCustomRoutines(): Promise<CustomRoutinesRead> {
  return asRead(await readItem(customRoutinesItem, undefined));
}

/** The saved list; empty when there is none (or it is corrupt, or a newer version's). */
export async function loadCustomRoutines(): Promise<StoredCustomRoutine[]> {
  return (await readCustomRoutines()).routines;
}

/** Calls `listener` whenever the list changes, here or on another device; returns a disposer. */
export function watchCustomRoutines(listener: (read: CustomRoutinesRead) => void): () => void {
  return watchItem(customRoutinesItem, (read) => listener(asRead(read)), () => undefined);
}

// One change at a time, each against what storage holds at that moment (as updateSettings).
const inTurn = oneAtATime();

/**
 * The one write path for the list: `change` is applied to the latest stored list
 * (`updateCustomRoutines`) and the new list written only when the change is valid. Resolves
 * to the result (the errors, with nothing written, when it is not); rejects when the stored
 * list comes from a newer version (NewerVersionError) or storage refuses the write.
 */
export function updateCustomRoutineList(change: CustomChange): Promise<CustomUpdate> {
  return inTurn(async () => {
    const { choice, routines } = await current();
    const result = updateCustomRoutines(routines, change);
    if (result.ok) await writeItems([{ item: customRoutinesItem, value: storedCustomRoutines(result.routines, choice) }]);
    return result;
  });
}

/** What choosing the routine for breaks came to: the choice stored, or why not (nothing written). */
export type ChoiceUpdate = { ok: true; choice: BreakChoice } | { ok: false; errors: CustomError[] };

/**
 * Stores the routine chosen for breaks, through the same queue as the list's changes: only
 * a value `checkBreakChoice` allows (a fixed choice, or a custom routine's id by its form).
 * Rejects as `updateCustomRoutineList` does.
 */
export function chooseBreakRoutine(choice: unknown): Promise<ChoiceUpdate> {
  return inTurn(async (): Promise<ChoiceUpdate> => {
    const error = checkBreakChoice(choice);
    if (error) return { ok: false, errors: [{ field: 'choice', message: error }] };
    const { routines } = await current();
    await writeItems([{ item: customRoutinesItem, value: storedCustomRoutines(routines, choice as BreakChoice) }]);
    return { ok: true, choice: choice as BreakChoice };
  });
}

/** Replaces the whole item (the import): checked as storage reads it. */
export function replaceCustomRoutineList(routines: readonly StoredCustomRoutine[], choice: BreakChoice = DEFAULT_BREAK_CHOICE): Promise<void> {
  return inTurn(() => writeItems([{ item: customRoutinesItem, value: storedCustomRoutines(routines, choice) }]));
}
