import {
  CUSTOM_ROUTINES_SHAPE,
  storedCustomRoutines,
  updateCustomRoutines,
  type CustomChange,
  type CustomUpdate,
  type StoredCustomRoutine,
} from '../custom-routine';
import type { Read } from '../versioned';
import { defineVersionedItem, readItem, watchItem, writeItems } from './versioned-item';

// Your own routines (lib/custom-routine.ts) in `storage.sync`, so they follow the user to
// other devices like the settings; a newer version's list is never overwritten (no shadow).
// Read by the worker (which routine a break plays), the player and the options page;
// written only by `updateCustomRoutineList` (and the import, through it).

export const CUSTOM_ROUTINES_KEY = 'sync:customRoutines' as const;

export const customRoutinesItem = defineVersionedItem(CUSTOM_ROUTINES_KEY, CUSTOM_ROUTINES_SHAPE);

/** What storage holds: the list (empty when nothing usable is stored), and whether a newer version wrote it. */
export interface CustomRoutinesRead {
  routines: StoredCustomRoutine[];
  newer: boolean;
}

function asRead(read: Read<StoredCustomRoutine[]>): CustomRoutinesRead {
  return { routines: read.value ?? [], newer: read.outcome === 'newer' };
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
let queue: Promise<unknown> = Promise.resolve();

/**
 * The one write path for the list: `change` is applied to the latest stored list
 * (`updateCustomRoutines`) and the new list written only when the change is valid. Resolves
 * to the result (the errors, with nothing written, when it is not); rejects when the stored
 * list comes from a newer version (NewerVersionError) or storage refuses the write.
 */
export function updateCustomRoutineList(change: CustomChange): Promise<CustomUpdate> {
  const run = queue.then(async () => {
    const current = (await readItem(customRoutinesItem, undefined)).value ?? [];
    const result = updateCustomRoutines(current, change);
    if (result.ok) await writeItems([{ item: customRoutinesItem, value: storedCustomRoutines(result.routines) }]);
    return result;
  });
  queue = run.catch(() => {});
  return run;
}

/** Replaces the whole list (the import): checked as storage reads it. */
export function replaceCustomRoutineList(routines: readonly StoredCustomRoutine[]): Promise<void> {
  const run = queue.then(() => writeItems([{ item: customRoutinesItem, value: storedCustomRoutines(routines) }]));
  queue = run.catch(() => {});
  return run;
}
