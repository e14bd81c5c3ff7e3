import { signal, type ReadonlySignal } from '@preact/signals';
import { loadChecklist, saveChecklist, watchChecklist } from '../adapters/checklist-items';
import { emptyChecklist, freshReview, markReviewed, toggleItem, type ChecklistState } from '../checklist';

export interface ChecklistStore {
  state: ReadonlySignal<ChecklistState>;
  loaded: ReadonlySignal<boolean>;
  ready: Promise<void>;
  toggle(id: string): Promise<void>;
  markReviewed(): Promise<void>;
  freshReview(): Promise<void>;
  dispose(): void;
}

/** The ergonomics checklist's ticks and last review, persisted in `local:checklist`. */
export function createChecklistStore({ clock = Date.now }: { clock?: () => number } = {}): ChecklistStore {
  const state = signal<ChecklistState>(emptyChecklist());
  const loaded = signal(false);
  const dispose = watchChecklist((s) => (state.value = s), clock);
  const ready = loadChecklist(clock()).then((s) => {
    state.value = s;
    loaded.value = true;
  });
  async function save(next: ChecklistState): Promise<void> {
    state.value = next;
    await saveChecklist(next);
  }
  return {
    state,
    loaded,
    ready,
    toggle: (id) => save(toggleItem(state.value, id, clock())),
    markReviewed: () => save(markReviewed(state.value, clock())),
    freshReview: () => save(freshReview(state.value)),
    dispose,
  };
}
