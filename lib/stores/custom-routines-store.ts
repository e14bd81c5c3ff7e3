import { signal, type ReadonlySignal } from '@preact/signals';
import { chooseBreakRoutine, readCustomRoutines, updateCustomRoutineList, watchCustomRoutines, type ChoiceUpdate, type CustomRoutinesRead } from '../adapters/custom-routines-item';
import { DEFAULT_BREAK_CHOICE, newCustomId, type BreakChoice, type CustomChange, type CustomUpdate, type StoredCustomRoutine } from '../custom-routine';
import { messageOf } from '../errors';
import { phrase } from '../phrase';

/** The options page's view of your own routines: what storage holds, and the changes the editor makes. */
export interface CustomRoutinesStore {
  /** The saved list, kept current (here or changed on another device). */
  list: ReadonlySignal<StoredCustomRoutine[]>;
  /** The routine chosen for breaks, kept current. */
  choice: ReadonlySignal<BreakChoice>;
  /** True while storage holds a list a newer Midbreak wrote: every change is refused. */
  newer: ReadonlySignal<boolean>;
  ready: Promise<void>;
  /** Applies one change through the one write path: the new list, or every error with nothing written. */
  change(change: CustomChange): Promise<CustomUpdate>;
  /** Stores the routine chosen for breaks through the same write path: the choice, or why not with nothing written. */
  choose(choice: unknown): Promise<ChoiceUpdate>;
  /** A fresh id for a routine the user starts. */
  newId(): string;
  dispose(): void;
}

export function createCustomRoutinesStore({ clock = Date.now }: { clock?: () => number } = {}): CustomRoutinesStore {
  const list = signal<StoredCustomRoutine[]>([]);
  const choice = signal<BreakChoice>(DEFAULT_BREAK_CHOICE);
  const newer = signal(false);
  const take = (read: CustomRoutinesRead) => {
    list.value = read.routines;
    choice.value = read.choice;
    newer.value = read.newer;
  };
  const stop = watchCustomRoutines(take);
  const ready = readCustomRoutines().then(take);
  return {
    list,
    choice,
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
    async choose(value) {
      try {
        const result = await chooseBreakRoutine(value);
        if (result.ok) choice.value = result.choice;
        return result;
      } catch (error) {
        return { ok: false, errors: [{ field: 'choice', message: phrase('custom.editor.notSaved', { reason: messageOf(error) }) }] };
      }
    },
    newId: () => newCustomId(list.value, clock()),
    dispose: stop,
  };
}
