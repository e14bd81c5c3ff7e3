import type { ReadonlySignal } from '@preact/signals';
import { routineProgressItem } from '../adapters/routine-progress-item';
import type { ChecklistStore } from './checklist-store';
import { onDemandStore } from './on-demand';
import type { RoutineStore } from './routine-store';
import { createSafetyStore, type SafetyStore } from './safety-store';
import { createScheduleStore, type ScheduleStore } from './schedule-store';


/** Every store a Midbreak page uses. */
export interface Stores {
  schedule: ScheduleStore;
  safety: SafetyStore;
  /** The routine under way, once its code has loaded (`loadRoutine`); null before. */
  routine: ReadonlySignal<RoutineStore | null>;
  /** The desk checklist, once its code has loaded (`loadChecklist`); null before. */
  checklist: ReadonlySignal<ChecklistStore | null>;
  /** Loads the routine store on first call; resolves once it has read storage. */
  loadRoutine(): Promise<RoutineStore>;
  /** Loads the checklist store on first call; resolves once it has read storage. */
  loadChecklist(): Promise<ChecklistStore>;
  /**
   * Resolves when the page can show its first view: the schedule and the safety note
   * read, and the routine store loaded too when storage holds a routine that may be under way.
   */
  ready: Promise<void>;
  /** The page is going away: the routine, if this page shows one, is left as the routine store says. */
  leave(): void;
  dispose(): void;
}

const noop = () => {};

/** Builds the stores for one page; `clock` is injected so tests and real-browser clocks agree. */
export function createStores({ clock = Date.now }: { clock?: () => number } = {}): Stores {
  const schedule = createScheduleStore({ clock });
  const safety = createSafetyStore(schedule);
  const routine = onDemandStore(() => import('./routine-store').then((m) => m.createRoutineStore({ clock })));
  const checklist = onDemandStore(() => import('./checklist-store').then((m) => m.createChecklistStore({ clock })));
  const loadRoutine = () => routine.load();
  // Best effort: if the code cannot load, the status still shows, and opening the routine
  // view tries again and says what went wrong.
  const loadRoutineIfStored = (raw: unknown) => (raw !== null ? loadRoutine().then(noop, noop) : undefined);
  // Another page (the break window, a second popup) may start a routine while this one shows
  // the status: load the routine store then, so the status offers the way back to it.
  const unwatch = routineProgressItem.watch((raw) => void loadRoutineIfStored(raw));
  const stored = routineProgressItem.getValue().then(loadRoutineIfStored);
  return {
    schedule,
    safety,
    routine: routine.current,
    checklist: checklist.current,
    loadRoutine,
    loadChecklist: () => checklist.load(),
    ready: Promise.all([schedule.ready, safety.ready, stored]).then(() => undefined),
    leave() {
      routine.current.value?.leave();
    },
    dispose() {
      unwatch();
      schedule.dispose();
      routine.dispose();
      checklist.dispose();
      safety.dispose();
    },
  };
}

/**
 * When the page goes away (pagehide), leaves the routine as it should be (paused if no
 * other page shows it), then lets every store go: nothing keeps listening or ticking.
 */
export function closeWithPage(stores: Stores, win: Pick<Window, 'addEventListener'> = globalThis.window): void {
  const close = () => {
    stores.leave();
    stores.dispose();
  };
  win.addEventListener('pagehide', close, { once: true });
}
