import { SETTING_FIELDS, SETTING_NAMES, type ChoiceSetting, type SettingField, type SettingName } from './settings-fields';
import { checkWorkingHours, isValidSetting } from './settings-parse';
import { nameOf, optionLabel } from './settings-words';

// Why a value may not be stored, in words, for the options page and an imported backup,
// with what the rest of lib/ reads about settings from here. The popup and the service
// worker import settings-parse.ts instead, so these words (and the labels and hints they
// come from) stay out of their bundles.

export type { PromptStyle, Settings } from './settings-fields';
export { checkWorkingHours, DAY_NAMES, defaultSettings, parseSettings, SETTINGS_VERSION, storedSettings } from './settings-parse';

/** The error for one setting's value, naming the setting and what it allows; null when it may be stored. */
export function checkSetting(name: SettingName, value: unknown): string | null {
  if (isValidSetting(name, value)) return null;
  const field: SettingField = SETTING_FIELDS[name];
  const label = nameOf(name);
  switch (field.kind) {
    case 'whole':
      return `${label} must be a whole number from ${field.min} to ${field.max} ${field.unit}.`;
    case 'offOrWhole':
      return `${label} must be off, or a whole number from ${field.min} to ${field.max} ${field.unit}.`;
    case 'choice':
      return `“${label}” must be one of: ${field.options.map((o) => optionLabel(name as ChoiceSetting, o)).join(', ')}.`;
    case 'flag':
      return `“${label}” must be on or off.`;
    case 'hours':
      return checkWorkingHours(value).join(' ');
  }
}

/** Every error in a whole settings object, keyed by setting; empty when it may be stored. */
export function validateSettings(value: unknown): Partial<Record<SettingName, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { workMinutes: 'Settings must be an object.' };
  const errors: Partial<Record<SettingName, string>> = {};
  for (const name of SETTING_NAMES) {
    const error = checkSetting(name, (value as Record<string, unknown>)[name]);
    if (error) errors[name] = error;
  }
  return errors;
}

