import { defaultSettings, invalidSettings, SETTINGS_SHAPE, storedSettings, type Settings } from '../settings-parse';
import type { Read } from '../versioned';
import { defineVersionedItem } from './versioned-item';

/** Settings follow the user to other devices, so a newer version's are never overwritten (no shadow). */
export const settingsItem = defineVersionedItem('sync:settings', SETTINGS_SHAPE);

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
  return asSettingsRead(await settingsItem.read());
}

/** The current settings, with defaults for anything missing, invalid or from a newer version. */
export async function loadSettings(): Promise<Settings> {
  return (await readSettings()).settings;
}

// Writes from this page run one at a time, each against what storage holds at that moment,
// so two quick changes (or a change racing one from another device) never write back a
// stale copy of another field.
let queue: Promise<unknown> = Promise.resolve();

/**
 * The one write path for settings: `change` is applied to the latest stored settings and the
 * result is written when every field is valid. Throws (and storage keeps what it had) on an
 * invalid result or when the stored settings come from a newer version. Resolves to the
 * settings now stored; nothing is written when the change changes nothing (sync's quota is small).
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const read = await settingsItem.read();
    const current = read.value ?? defaultSettings();
    const next = change(current);
    // Every caller checks what it changes first and says what is wrong in words; this is
    // the last guard, so the popup and the worker need not carry those words.
    const invalid = invalidSettings(next);
    if (invalid.length) throw new Error(`Settings not saved: ${invalid.join(', ')} not valid.`);
    const { v: _v, ...settings } = storedSettings(next);
    // An old or missing value is written in the current shape even when nothing changed;
    // a newer version's value makes write() throw.
    if (read.outcome !== 'ok' || JSON.stringify(settings) !== JSON.stringify(current)) await settingsItem.write(storedSettings(next));
    return settings;
  });
  queue = run.catch(() => {});
  return run;
}

/** Replaces the settings as a whole (import, reset); the same checks as `updateSettings`. */
export function saveSettings(settings: Settings): Promise<Settings> {
  return updateSettings(() => settings);
}

/** Calls `listener` whenever the settings change, here or on another device; returns a disposer. */
export function watchSettings(listener: (settings: Settings, newer: boolean) => void): () => void {
  return settingsItem.watch((read) => {
    const { settings, newer } = asSettingsRead(read);
    listener(settings, newer);
  }, () => undefined);
}
