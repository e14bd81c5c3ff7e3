import type { MessageKey } from './i18n';

/**
 * The one way a stored value is read: by its version, through a chain of migration steps,
 * into the current shape. Every stored item in Midbreak is described by one `Shape`.
 *
 * - `v` in the value is its version. A value without one (written before versions
 *   existed) has `legacyVersion`.
 * - `steps[n]` turns a version-`n` value into a version-`n + 1` one; each step is a pure
 *   function of the raw value and is tested from a stored value of the old shape.
 * - A value from a newer version than this code knows is reported as `newer` and is never
 *   read as if it were ours: the caller uses its defaults and leaves storage untouched
 *   (a downgrade on one device must not destroy what a newer version wrote on another).
 */
export interface Shape<T, Ctx = void> {
  /** The item's name as the user reads it in messages (`common.item.settings`). */
  name: MessageKey;
  version: number;
  /** The version of a value that carries no `v` (data from before versions); omit when there was none. */
  legacyVersion?: number;
  /** `steps[n]` migrates a raw version-`n` value to version `n + 1`. */
  steps: Readonly<Record<number, (raw: unknown) => unknown>>;
  /** The current shape, checked and bounded; null when the value is corrupt. */
  parse(raw: unknown, ctx: Ctx): T | null;
}

/** How a stored value was read. */
export type ReadOutcome = 'ok' | 'migrated' | 'empty' | 'corrupt' | 'newer';

export interface Read<T> {
  /** The value, or null when nothing usable was stored (the caller uses its default). */
  value: T | null;
  outcome: ReadOutcome;
}

/** The version a raw value says it has; null when it says nothing usable. */
export function versionOf(raw: unknown, legacyVersion?: number): number | null {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'v' in raw) {
    const v = (raw as { v: unknown }).v;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
  }
  return raw === undefined || raw === null ? null : (legacyVersion ?? null);
}

/** True when the value was written by a newer version of Midbreak than this one. */
export function isNewer(raw: unknown, shape: Pick<Shape<unknown, never>, 'version' | 'legacyVersion'>): boolean {
  const v = versionOf(raw, shape.legacyVersion);
  return v !== null && v > shape.version;
}

/** Reads a stored value: migrates an old one step by step, refuses a newer or corrupt one. */
export function readShape<T, Ctx>(raw: unknown, shape: Shape<T, Ctx>, ctx: Ctx): Read<T> {
  if (raw === undefined || raw === null) return { value: null, outcome: 'empty' };
  let v = versionOf(raw, shape.legacyVersion);
  if (v === null) return { value: null, outcome: 'corrupt' };
  if (v > shape.version) return { value: null, outcome: 'newer' };
  let current: unknown = raw;
  const from = v;
  try {
    while (v < shape.version) {
      const step = shape.steps[v];
      if (!step) return { value: null, outcome: 'corrupt' };
      current = step(current);
      v++;
    }
  } catch {
    return { value: null, outcome: 'corrupt' };
  }
  const value = shape.parse(current, ctx);
  if (value === null) return { value: null, outcome: 'corrupt' };
  return { value, outcome: from === shape.version ? 'ok' : 'migrated' };
}

/**
 * Thrown when a write would replace a value written by a newer version. What the user is
 * told (`common.newerVersion`, naming the item) is said by lib/errors.ts `messageOf`, so
 * every page that meets it says the same; the message itself is for the console.
 */
export class NewerVersionError extends Error {
  /** The item's name, as the user reads it (its shape's `name`). */
  constructor(readonly itemKey: MessageKey) {
    super(`newer ${itemKey}`); // not shown: for the console
    this.name = 'NewerVersionError';
  }
}
