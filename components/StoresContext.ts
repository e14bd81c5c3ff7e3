import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Stores } from '../lib/stores/stores';

/** The page's stores; the entry point provides them, tests provide their own. */
export const StoresContext = createContext<Stores | null>(null);

/** The stores of the page this component is in. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() needs a StoresContext.Provider above it.');
  return stores;
}
