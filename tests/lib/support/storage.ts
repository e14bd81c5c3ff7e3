import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { SETTINGS_VERSION, type Settings } from '../../../lib/settings';

/** Everything in sync and local storage, deep-copied, for before/after comparisons. */
export async function storageSnapshot(): Promise<{ sync: unknown; local: unknown }> {
  const [sync, local] = await Promise.all([fakeBrowser.storage.sync.get(null), fakeBrowser.storage.local.get(null)]);
  return structuredClone({ sync, local });
}

/**
 * The settings as stored in sync storage, without the version our writes add (a value a
 * test wrote itself may have none): what a test compares with the settings it expected.
 */
export async function storedSettings(): Promise<Settings | undefined> {
  const raw = (await fakeBrowser.storage.sync.get('settings')).settings as (Settings & { v?: number }) | undefined;
  if (raw === undefined) return undefined;
  const { v, ...settings } = raw;
  if (v !== undefined && v !== SETTINGS_VERSION) throw new Error(`stored settings have version ${v}, expected ${SETTINGS_VERSION}`);
  return settings;
}

/**
 * `vi.waitFor` with room for a loaded machine: it checks every 10 ms and gives up after 5 s
 * rather than Vitest's 1 s, which two busy cores have been seen to exceed. A condition that
 * holds at once costs nothing extra.
 */
export function waitUntil<T>(condition: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(condition, { timeout: 5000, interval: 10 });
}
