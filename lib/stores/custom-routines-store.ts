import { signal, type ReadonlySignal } from '@preact/signals';
import { readCustomRoutines, updateCustomRoutineList, watchCustomRoutines } from '../adapters/custom-routines-item';
import { newCustomId, type CustomChange, type CustomUpdate, type StoredCustomRoutine } from '../custom-routine';
import { messageOf } from '../errors';
import { phrase } from '../phrase';

/** The options page's view of your own routines: what storage holds, and the changes the editor makes. */
export interface CustomRoutinesStore {
  /** The saved list, kept current (here or changed on another device). */
  list: ReadonlySignal<StoredCustomRoutine[]>;
  /** True while storage holds a list a newer Midbreak wrote: every change is refused. */
  newer: ReadonlySignal<boolean>;
  ready: Promise<void>;
  /** Applies one change through the one write path: the new list, or every error with nothing written. */
  change(change: CustomChange): Promise<CustomUpdate>;
  /** A fresh id for a routine the user starts. */
  newId(): string;
  dispose(): void;
}

export function createCustomRoutinesStore({ clock = Date.now }: { clock?: () => number } = {}): CustomRoutinesStore {
  const list = signal<StoredCustomRoutine[]>([]);
  const newer = signal(false);
  const stop = watchCustomRoutines((read) => {
    list.value = read.routines;
    newer.value = read.newer;
  });
  const ready = readCustomRoutines().then((read) => {
    list.value = read.routines;
    newer.value = read.newer;
  });
  return {
    list,
    newer,
    ready,
    async change(change) {
      try {
        const result = await updateCustomRoutineList(change);
        if (result.ok) list.value = result.routines;
        return result;
      } catch (error) {
        // A newer version's list, or storage refused the write (sync's quota): said beside the list.
        return { ok: false, errors: [{ field: 'list', message: phrase('custom.editor.notSaved', { reason: messageOf(error) }) }] };
      }
    },
    newId: () => newCustomId(list.value, clock()),
    dispose: stop,
  };
}
