import { phrase, type Phrase } from './phrase';
import { SETTING_FIELDS, SETTING_NAMES, type ChoiceSetting, type SettingField, type SettingName } from './settings-fields';
import { hoursProblems, isValidSetting, type HoursProblem } from './settings-parse';
import { allowedRange, nameOf, optionLabel } from './settings-words';
import type { TimeRange } from './working-hours';

// Why a value may not be stored, as phrases for the options page and an imported backup
// (the page says them in the browser's language), with what the rest of lib/ reads about
// settings from here. The popup and the service worker import settings-parse.ts instead,
// so these messages (and the labels and hints they name) stay out of their bundles.

export type { PromptStyle, Settings } from './settings-fields';
export { defaultSettings, parseSettings, SETTINGS_VERSION, storedSettings } from './settings-parse';

/** The error for one setting's value, naming the setting and what it allows; null when it may be stored. */
export function checkSetting(name: SettingName, value: unknown): Phrase | null {
  if (isValidSetting(name, value)) return null;
  const field: SettingField = SETTING_FIELDS[name];
  const label = phrase(nameOf(name));
  switch (field.kind) {
    case 'whole':
      return phrase('settings.check.whole', { name: label, allowed: allowedRange(field) });
    case 'offOrWhole':
      return phrase('settings.check.offOrWhole', { name: label, allowed: allowedRange(field) });
    case 'choice':
      return phrase('settings.check.choice', {
        name: label,
        options: { items: field.options.map((o) => phrase(optionLabel(name as ChoiceSetting, o))) },
      });
    case 'flag':
      return phrase('settings.check.flag', { name: label });
    case 'hours':
      return phrase('settings.check.hours', { problems: { sentences: checkWorkingHours(value) } });
  }
}

/** Every error in a whole settings object, keyed by setting; empty when it may be stored. */
export function validateSettings(value: unknown): Partial<Record<SettingName, Phrase>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { workMinutes: phrase('settings.check.notObject') };
  const errors: Partial<Record<SettingName, Phrase>> = {};
  for (const name of SETTING_NAMES) {
    const error = checkSetting(name, (value as Record<string, unknown>)[name]);
    if (error) errors[name] = error;
  }
  return errors;
}

/** A range as the page writes it: "09:00–17:00", "9:00 AM–5:00 PM". */
export function rangePhrase(r: TimeRange): Phrase {
  return phrase('settings.hours.range', { start: { time: r.start }, end: { time: r.end } });
}

/** One working-hours problem, naming the day and the times. */
function describeHoursProblem(p: HoursProblem): Phrase {
  switch (p.kind) {
    case 'missing':
      return phrase('settings.hours.problem.missing');
    case 'onOff':
      return phrase('settings.hours.problem.onOff');
    case 'days':
      return phrase('settings.hours.problem.days');
    case 'tooMany': {
      const max = SETTING_FIELDS.workingHours.maxRangesPerDay;
      return phrase('settings.hours.problem.tooMany', { day: { weekday: p.day }, max }, max);
    }
    case 'badRange':
      return phrase('settings.hours.problem.badRange', { day: { weekday: p.day } });
    case 'empty':
      return phrase('settings.hours.problem.empty', { day: { weekday: p.day }, time: { time: p.r.start } });
    case 'noRange':
      return phrase('settings.hours.problem.noRange');
    case 'overlap':
      return phrase('settings.hours.problem.overlap', {
        day: { weekday: p.day },
        range: rangePhrase(p.r),
        otherDay: { weekday: p.other.day },
        otherRange: rangePhrase(p.other.r),
      });
  }
}

/** Errors in the working hours: malformed ranges, empty ranges, overlaps (across midnight too). */
export function checkWorkingHours(value: unknown): Phrase[] {
  return hoursProblems(value).map(describeHoursProblem);
}
