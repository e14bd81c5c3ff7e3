import { SETTING_FIELDS, SETTING_NAMES, type ChoiceSetting, type SettingField, type SettingName } from './settings-fields';
import { DAY_NAMES, hoursProblems, isValidSetting, type HoursProblem } from './settings-parse';
import { formatHm } from './time';
import { nameOf, optionLabel } from './settings-words';

// Why a value may not be stored, in words, for the options page and an imported backup,
// with what the rest of lib/ reads about settings from here. The popup and the service
// worker import settings-parse.ts instead, so these words (and the labels and hints they
// come from) stay out of their bundles.

export type { PromptStyle, Settings } from './settings-fields';
export { DAY_NAMES, defaultSettings, parseSettings, SETTINGS_VERSION, storedSettings } from './settings-parse';

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


/** One working-hours problem in words, naming the day and the times. */
function describeHoursProblem(p: HoursProblem): string {
  const range = (r: { start: number; end: number }) => `${formatHm(r.start)}–${formatHm(r.end)}`;
  switch (p.kind) {
    case 'missing':
      return 'Working hours are missing.';
    case 'onOff':
      return 'Working hours must be switched on or off.';
    case 'days':
      return 'Working hours need an entry for each of the 7 days.';
    case 'tooMany':
      return `${DAY_NAMES[p.day]}: at most ${SETTING_FIELDS.workingHours.maxRangesPerDay} time ranges.`;
    case 'badRange':
      return `${DAY_NAMES[p.day]}: each range needs a start from 00:00 to 23:59 and an end from 00:00 to 24:00.`;
    case 'empty':
      return `${DAY_NAMES[p.day]}: a range must end at a different time than it starts (${formatHm(p.r.start)}).`;
    case 'noRange':
      return 'Working hours are on but no day has a time range: add one, or switch working hours off.';
    case 'overlap':
      return `${DAY_NAMES[p.day]}: ${range(p.r)} overlaps ${DAY_NAMES[p.other.day]} ${range(p.other.r)}.`;
  }
}

/** Errors in the working hours, in words: malformed ranges, empty ranges, overlaps (across midnight too). */
export function checkWorkingHours(value: unknown): string[] {
  return hoursProblems(value).map(describeHoursProblem);
}
