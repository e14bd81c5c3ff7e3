import { useEffect, useState } from 'preact/hooks';
import { track } from '../lib/stores/loading';

/** Code fetched on first use with a dynamic `import()`, and kept once it has arrived. */
export interface OnDemand<T> {
  /** What arrived; undefined until then. */
  readonly current: T | undefined;
  /** Starts the fetch, or returns the one under way; after a failure the next call tries again. */
  load(): Promise<T>;
}

/**
 * Wraps a dynamic import, e.g. `onDemand(() => import('./Checklist').then((m) => m.Checklist))`.
 * Our own few lines rather than preact/compat's `lazy` + `Suspense`, which would bring
 * compat into the popup's first load.
 */
export function onDemand<T>(fetch: () => Promise<T>): OnDemand<T> {
  let pending: Promise<T> | null = null;
  const it = {
    current: undefined as T | undefined,
    load(): Promise<T> {
      pending ??= track(
        fetch().then(
          (value) => (it.current = value),
          (error: unknown) => {
            pending = null;
            throw error;
          },
        ),
      );
      return pending;
    },
  };
  return it;
}

/**
 * Starts `load` each time `key` changes to something not null (a view that needs code),
 * and re-renders the component when it settles; what arrived is read from the loaders
 * themselves. Returns true when the last load for `key` failed.
 */
export function useLoad(key: string | null, load: () => Promise<unknown>): boolean {
  const [settled, setSettled] = useState<{ key: string; failed: boolean } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setSettled(null);
    load().then(
      () => live && setSettled({ key, failed: false }),
      () => live && setSettled({ key, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return settled !== null && settled.key === key && settled.failed;
}
