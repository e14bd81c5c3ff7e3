import { defaultSettings, invalidSettings, storedSettings, type Settings } from '../settings-parse';
import { t } from './i18n';
import { settingsItem } from './settings-item';
import { readItem, writeItem } from './versioned-item';
import { oneAtATime } from './one-at-a-time';

// The one write path for settings, apart from reading (settings-item.ts) so that a page
// that only shows settings (the popup) loads none of it until the user changes one.

// Writes from this page run one at a time, each against what storage holds at that moment,
// so two quick changes (or a change racing one from another device) never write back a
// stale copy of another field.
const inTurn = oneAtATime();

/**
 * The one write path for settings: `change` is applied to the latest stored settings and the
 * result is written when every field is valid. Throws (and storage keeps what it had) on an
 * invalid result or when the stored settings come from a newer version. Resolves to the
 * settings now stored; nothing is written when the change changes nothing (sync's quota is small).
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const read = await readItem(settingsItem, undefined);
    const current = read.value ?? defaultSettings();
    const next = change(current);
    // Every caller checks what it changes first and says what is wrong in words; this is
    // the last guard, so the popup and the worker need not carry those words: it names
    // the settings as they are stored.
    const invalid = invalidSettings(next);
    if (invalid.length) throw new Error(t('settings.status.invalid', { names: invalid.join(', ') }));
    const { v: _v, ...settings } = storedSettings(next);
    // An old or missing value is written in the current shape even when nothing changed;
    // a newer version's value makes write() throw.
    if (read.outcome !== 'ok' || JSON.stringify(settings) !== JSON.stringify(current)) await writeItem(settingsItem, storedSettings(next));
    return settings;
  });
}

/** Replaces the settings as a whole (import, reset); the same checks as `updateSettings`. */
export function saveSettings(settings: Settings): Promise<Settings> {
  return updateSettings(() => settings);
}

