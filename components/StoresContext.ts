import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ChecklistStore } from '../lib/stores/checklist-store';
import type { RoutineStore } from '../lib/stores/routine-store';
import type { Stores } from '../lib/stores/stores';

/** The page's stores; the entry point provides them, tests provide their own. */
export const StoresContext = createContext<Stores | null>(null);

/** The stores of the page this component is in. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext.Provider above it.'); // not shown: a developer's mistake
  return stores;
}

/** The routine store, for the routine's views; the page shows them only once `loadRoutine()` has resolved. */
export function useRoutine(): RoutineStore {
  const routine = useStores().routine.value;
  if (!routine) throw new Error('useRoutine() needs the routine store loaded (stores.loadRoutine()).'); // not shown: a developer's mistake
  return routine;
}

/** The checklist store, for the checklist view; shown only once `loadChecklist()` has resolved. */
export function useChecklist(): ChecklistStore {
  const checklist = useStores().checklist.value;
  if (!checklist) throw new Error('useChecklist() needs the checklist store loaded (stores.loadChecklist()).'); // not shown: a developer's mistake
  return checklist;
}
