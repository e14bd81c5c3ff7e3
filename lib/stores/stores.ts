import { createChecklistStore, type ChecklistStore } from './checklist-store';
import { createRoutineStore, type RoutineStore } from './routine-store';
import { createSafetyStore, type SafetyStore } from './safety-store';
import { createScheduleStore, type ScheduleStore } from './schedule-store';

/** Every store a Midbreak page uses. */
export interface Stores {
  schedule: ScheduleStore;
  routine: RoutineStore;
  checklist: ChecklistStore;
  safety: SafetyStore;
  /** Resolves when each has read storage. */
  ready: Promise<void>;
  dispose(): void;
}

/** Builds the stores for one page; `clock` is injected so tests and real-browser clocks agree. */
export function createStores({ clock = Date.now }: { clock?: () => number } = {}): Stores {
  const schedule = createScheduleStore({ clock });
  const routine = createRoutineStore({ clock });
  const checklist = createChecklistStore({ clock });
  const safety = createSafetyStore();
  return {
    schedule,
    routine,
    checklist,
    safety,
    ready: Promise.all([schedule.ready, routine.ready, checklist.ready, safety.ready]).then(() => undefined),
    dispose() {
      schedule.dispose();
      routine.dispose();
      checklist.dispose();
      safety.dispose();
    },
  };
}
