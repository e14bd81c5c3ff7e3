import { browser } from 'wxt/browser';
import { isNewer, NewerVersionError, readShape, type Read, type Shape } from '../versioned';
import { defineItem, type ItemKey, type StorageItem } from './storage-item';

/**
 * One stored value with a version, read through its shape's migration chain (lib/versioned.ts).
 * A value written by a newer Midbreak is never overwritten: an item with a `shadow` keeps
 * this version's data there for the browser session (machine-local bookkeeping that must go
 * on working), any other item refuses the write with a NewerVersionError.
 */
export interface VersionedItem<T, Ctx> {
  readonly shape: Shape<T, Ctx>;
  readonly item: StorageItem<unknown>;
  readonly shadow: StorageItem<unknown> | null;
  read(ctx: Ctx): Promise<Read<T>>;
  write(value: T): Promise<void>;
  /** Removes the value (this version's shadow while storage holds a newer version's). */
  remove(): Promise<void>;
  /** Calls `listener` with each new stored value, read as `read` would; returns a disposer. */
  watch(listener: (read: Read<T>) => void, ctx: () => Ctx): () => void;
}

export function defineVersionedItem<T, Ctx = void>(
  key: ItemKey,
  shape: Shape<T, Ctx>,
  options: { shadow?: ItemKey } = {},
): VersionedItem<T, Ctx> {
  const item = defineItem<unknown>(key);
  const shadow = options.shadow ? defineItem<unknown>(options.shadow) : null;
  const self: VersionedItem<T, Ctx> = {
    shape,
    item,
    shadow,
    async read(ctx) {
      const raw = await item.getValue();
      if (shadow && isNewer(raw, shape)) {
        const kept = readShape(await shadow.getValue(), shape, ctx);
        return kept.value === null ? { value: null, outcome: 'newer' } : kept;
      }
      return readShape(raw, shape, ctx);
    },
    write: (value) => writeVersioned([{ item: self, value }]),
    async remove() {
      if (!isNewer(await item.getValue(), shape)) await item.removeValue();
      else if (shadow) await shadow.removeValue();
      else throw new NewerVersionError(shape.name);
    },
    watch(listener, ctx) {
      const stops = [item.watch((raw) => listener(readShape(raw, shape, ctx())))];
      // A shadowed item's writes land in the shadow while the stored value is newer.
      if (shadow) stops.push(shadow.watch((raw) => listener(readShape(raw, shape, ctx()))));
      return () => stops.forEach((stop) => stop());
    },
  };
  return self;
}

/**
 * Writes several versioned items together: one storage call per area, so the schedule
 * and the history it produced are never written one without the other. Each target is
 * checked first, so a newer version's value is never replaced.
 */
export async function writeVersioned(entries: { item: Pick<VersionedItem<unknown, never>, 'shape' | 'item' | 'shadow'>; value: unknown }[]): Promise<void> {
  const raws = await Promise.all(entries.map((e) => e.item.item.getValue()));
  const byArea = new Map<string, Record<string, unknown>>();
  entries.forEach(({ item, value }, i) => {
    let target = item.item;
    if (isNewer(raws[i], item.shape)) {
      if (!item.shadow) throw new NewerVersionError(item.shape.name);
      target = item.shadow;
    }
    const area = byArea.get(target.area) ?? {};
    area[target.key] = value;
    byArea.set(target.area, area);
  });
  await Promise.all([...byArea].map(([area, values]) => browser.storage[area as 'local' | 'sync' | 'session'].set(values)));
}
