import { signal, type ReadonlySignal } from '@preact/signals';
import { track } from './loading';

/** A store whose code is fetched the first time a page needs it. */
export interface OnDemandStore<T> {
  /** The store once it has loaded and read storage; null before. */
  current: ReadonlySignal<T | null>;
  /** Fetches and builds the store (once; after a failure the next call tries again). */
  load(): Promise<T>;
  dispose(): void;
}

/**
 * Wraps a store factory behind a dynamic `import()`, so its code (and the content it
 * carries) stays out of a page's first load until something asks for it.
 */
export function onDemandStore<T extends { ready: Promise<void>; dispose(): void }>(
  create: () => Promise<T>,
): OnDemandStore<T> {
  const current = signal<T | null>(null);
  let pending: Promise<T> | null = null;
  let disposed = false;

  async function build(): Promise<T> {
    const store = await create();
    try {
      if (!disposed) await store.ready;
    } catch (error) {
      store.dispose();
      throw error;
    }
    // The page went away while the code was on its way: nothing may keep running.
    if (disposed) store.dispose();
    else current.value = store;
    return store;
  }

  return {
    current,
    load() {
      pending ??= track(
        build().catch((error: unknown) => {
          pending = null;
          throw error;
        }),
      );
      return pending;
    },
    dispose() {
      disposed = true;
      current.value?.dispose();
    },
  };
}
