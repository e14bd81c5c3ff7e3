import { browser } from 'wxt/browser';

// A typed storage item in a few lines. WXT's `storage.defineItem` does the same and much
// more (metadata, migrations, a mutex), but it weighs more than everything else the
// worker loads. Midbreak's versions and migrations live in the values themselves, read
// through lib/versioned.ts (versioned-item.ts): WXT's versioning throws on a newer
// version, where Midbreak must keep that value untouched and go on with its defaults.

type Area = 'local' | 'sync' | 'session';
export type ItemKey = `${Area}:${string}`;

export interface StorageItem<T> {
  readonly area: Area;
  readonly key: string;
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `listener` with each new value written from any context; returns a disposer. */
  watch(listener: (value: T) => void): () => void;
}

/** Defines one item, e.g. `defineItem<number | null>('session:breakWindowId', { fallback: null })`. */
export function defineItem<T>(spec: ItemKey, options: { fallback: T }): StorageItem<T>;
export function defineItem<T>(spec: ItemKey): StorageItem<T | null>;
export function defineItem<T>(spec: ItemKey, options?: { fallback: T }): StorageItem<T | null> {
  const [area, key] = spec.split(/:(.*)/s) as [Area, string];
  const fallback = options ? options.fallback : null;
  const storageArea = () => browser.storage[area];
  const orFallback = (value: unknown) => (value === undefined ? fallback : (value as T));
  return {
    area,
    key,
    async getValue() {
      return orFallback((await storageArea().get(key))[key]);
    },
    async setValue(value) {
      await storageArea().set({ [key]: value });
    },
    async removeValue() {
      await storageArea().remove(key);
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) listener(orFallback(changes[key].newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
