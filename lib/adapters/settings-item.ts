import { defaultSettings, SETTINGS_SHAPE, type Settings } from '../settings-parse';
import { SETTINGS_KEY } from './storage-keys';
import type { Read } from '../versioned';
import { defineVersionedItem, readItem, watchItem } from './versioned-item';

/** Settings follow the user to other devices, so a newer version's are never overwritten (no shadow). */
export const settingsItem = defineVersionedItem(SETTINGS_KEY, SETTINGS_SHAPE);

/** What storage holds: the settings (defaults for anything missing or invalid), and whether a newer version wrote them. */
export interface SettingsRead {
  settings: Settings;
  /** True when a newer Midbreak wrote them: `settings` are then the defaults and every write is refused. */
  newer: boolean;
}

function asSettingsRead(read: Read<Settings>): SettingsRead {
  return { settings: read.value ?? defaultSettings(), newer: read.outcome === 'newer' };
}

/** The current settings, and whether they come from a newer version (for a page that must say so). */
export async function readSettings(): Promise<SettingsRead> {
  return asSettingsRead(await readItem(settingsItem, undefined));
}

/** The current settings, with defaults for anything missing, invalid or from a newer version. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

/** Calls `listener` whenever the settings change, here or on another device; returns a disposer. */
export function watchSettings(listener: (settings: Settings, newer: boolean) => void): () => void {
  return watchItem(settingsItem, (read) => {
    const { settings, newer } = asSettingsRead(read);
    listener(settings, newer);
  }, () => undefined);
}
