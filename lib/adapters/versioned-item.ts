import { browser } from 'wxt/browser';
import { isNewer, NewerVersionError, readShape, type Read, type Shape } from '../versioned';
import { defineItem, type ItemKey, type StorageItem } from './storage-item';

/**
 * One stored value with a version, read through its shape's migration chain (lib/versioned.ts).
 * A value written by a newer Midbreak is never overwritten: an item with a `shadow` keeps
 * this version's data there for the browser session (machine-local bookkeeping that must go
 * on working), any other item refuses the write with a NewerVersionError.
 *
 * Reading, watching and writing are separate functions rather than methods, so a page that
 * only reads (the popup) loads none of the writing code.
 */
export interface VersionedItem<T, Ctx> {
  readonly shape: Shape<T, Ctx>;
  readonly item: StorageItem<unknown>;
  readonly shadow: StorageItem<unknown> | null;
}

export function defineVersionedItem<T, Ctx = void>(
  key: ItemKey,
  shape: Shape<T, Ctx>,
  options: { shadow?: ItemKey } = {},
): VersionedItem<T, Ctx> {
  return { shape, item: defineItem<unknown>(key), shadow: options.shadow ? defineItem<unknown>(options.shadow) : null };
}

/** Reads the item as this version sees it (from its shadow while storage holds a newer version's value). */
export async function readItem<T, Ctx>({ shape, item, shadow }: VersionedItem<T, Ctx>, ctx: Ctx): Promise<Read<T>> {
  const raw = await item.getValue();
  if (shadow && isNewer(raw, shape)) {
    const kept = readShape(await shadow.getValue(), shape, ctx);
    return kept.value === null ? { value: null, outcome: 'newer' } : kept;
  }
  return readShape(raw, shape, ctx);
}

/** Calls `listener` with each new stored value, read as `readItem` would; returns a disposer. */
export function watchItem<T, Ctx>({ shape, item, shadow }: VersionedItem<T, Ctx>, listener: (read: Read<T>) => void, ctx: () => Ctx): () => void {
  const stops = [item.watch((raw) => listener(readShape(raw, shape, ctx())))];
  // A shadowed item's writes land in the shadow while the stored value is newer.
  if (shadow) stops.push(shadow.watch((raw) => listener(readShape(raw, shape, ctx()))));
  return () => stops.forEach((stop) => stop());
}

/** What a write needs of an item: where it is stored, and the version it writes (not the parser). */
type Target = Pick<VersionedItem<unknown, never>, 'item' | 'shadow'> & { shape: Pick<Shape<unknown, never>, 'name' | 'version' | 'legacyVersion'> };

/** Where this version may write the item: the item itself, or its shadow while it holds a newer version's value. */
async function targetOf({ shape, item, shadow }: Target): Promise<StorageItem<unknown>> {
  if (!isNewer(await item.getValue(), shape)) return item;
  if (!shadow) throw new NewerVersionError(shape.name);
  return shadow;
}

/**
 * Writes several versioned items together: one storage call per area, so the schedule
 * and the history it produced are never written one without the other. Each target is
 * checked first, so a newer version's value is never replaced.
 */
export async function writeItems(entries: { item: Target; value: unknown }[]): Promise<void> {
  const targets = await Promise.all(entries.map((e) => targetOf(e.item)));
  const byArea = new Map<string, Record<string, unknown>>();
  entries.forEach(({ value }, i) => {
    const area = byArea.get(targets[i].area) ?? {};
    area[targets[i].key] = value;
    byArea.set(targets[i].area, area);
  });
  await Promise.all([...byArea].map(([area, values]) => browser.storage[area as 'local' | 'sync' | 'session'].set(values)));
}

/** Writes one item (see writeItems). */
export function writeItem<T, Ctx>(item: VersionedItem<T, Ctx>, value: T): Promise<void> {
  return writeItems([{ item, value }]);
}

/** Removes the value (this version's shadow while storage holds a newer version's). */
export async function removeItem(item: Target): Promise<void> {
  await (await targetOf(item)).removeValue();
}
