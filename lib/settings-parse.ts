import { SETTING_FIELDS, SETTING_NAMES, type SettingField, type SettingName, type Settings } from './settings-fields';
import type { Shape } from './versioned';
import type { TimeRange, WorkingHours } from './working-hours';

// Which values may be stored, and reading anything stored back into valid settings: the
// part of settings the popup and the service worker load. It knows whether a value is
// valid, not how to say why; the messages for that are in settings.ts, which only the
// options page and an import load, so the popup's and the worker's bundles carry none of them.

export type { Settings } from './settings-fields';

function isWholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Working hours with only the known keys, sharing no arrays with `hours`. */
function copyHours(hours: WorkingHours): WorkingHours {
  return { enabled: hours.enabled, days: hours.days.map((d) => d.map((r) => ({ start: r.start, end: r.end }))) };
}

/** A copy of a valid value that shares nothing with where it came from. */
function copyOf(field: SettingField, value: unknown): unknown {
  return field.kind === 'hours' ? copyHours(value as WorkingHours) : value;
}

/** A fresh copy of the defaults (the working-hours arrays are not shared). */
export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, copyOf(SETTING_FIELDS[name], SETTING_FIELDS[name].default)])) as Settings;
}

function isRange(r: unknown): r is TimeRange {
  if (typeof r !== 'object' || r === null) return false;
  const { start, end } = r as Record<string, unknown>;
  return isWholeIn(start, 0, 1439) && isWholeIn(end, 0, 1440);
}

/** The minutes of the week a range covers, as [from, to) spans on a 0–10080 line (a crossing range wraps). */
function weekSpans(day: number, r: TimeRange): [number, number][] {
  const base = day * 1440;
  const end = r.end <= r.start ? r.end + 1440 : r.end;
  const from = base + r.start;
  const to = base + end;
  const week = 7 * 1440;
  return to > week ? [[from, week], [0, to - week]] : [[from, to]];
}

/**
 * What is wrong with working hours, without words (settings.ts's `checkWorkingHours` makes
 * it a message for the options page; the popup and the worker only need to know). A `day`
 * is indexed like `WorkingHours.days`: 0 is Sunday.
 */
export type HoursProblem =
  | { kind: 'missing' }
  | { kind: 'onOff' }
  | { kind: 'days' }
  | { kind: 'tooMany'; day: number }
  | { kind: 'badRange'; day: number }
  | { kind: 'empty'; day: number; r: TimeRange }
  | { kind: 'noRange' }
  | { kind: 'overlap'; day: number; r: TimeRange; other: { day: number; r: TimeRange } };

/** The problems in the working hours: malformed ranges, empty ranges, overlaps (across midnight too). */
export function hoursProblems(value: unknown): HoursProblem[] {
  if (typeof value !== 'object' || value === null) return [{ kind: 'missing' }];
  const { enabled, days } = value as Record<string, unknown>;
  const { maxRangesPerDay } = SETTING_FIELDS.workingHours;
  const problems: HoursProblem[] = [];
  if (typeof enabled !== 'boolean') problems.push({ kind: 'onOff' });
  if (!Array.isArray(days) || days.length !== 7) return [...problems, { kind: 'days' }];
  const spans: { day: number; from: number; to: number; r: TimeRange }[] = [];
  days.forEach((ranges, day) => {
    if (!Array.isArray(ranges) || ranges.length > maxRangesPerDay) {
      problems.push({ kind: 'tooMany', day });
      return;
    }
    for (const r of ranges) {
      if (!isRange(r)) problems.push({ kind: 'badRange', day });
      else if (r.start === r.end || (r.start === 0 && r.end === 0)) problems.push({ kind: 'empty', day, r });
      else for (const [from, to] of weekSpans(day, r)) spans.push({ day, from, to, r });
    }
  });
  // On with no ranges would mean Midbreak never counts at all.
  if (enabled === true && days.every((ranges) => Array.isArray(ranges) && ranges.length === 0)) problems.push({ kind: 'noRange' });
  spans.sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1];
    const cur = spans[i];
    if (cur.from < prev.to) problems.push({ kind: 'overlap', day: cur.day, r: cur.r, other: { day: prev.day, r: prev.r } });
  }
  return problems;
}

/**
 * True when `value` may be stored as this setting. Says nothing about why not, so the
 * popup and the service worker, which only read and write, carry none of the words.
 */
export function isValidSetting(name: SettingName, value: unknown): boolean {
  const field: SettingField = SETTING_FIELDS[name];
  switch (field.kind) {
    case 'whole':
      return isWholeIn(value, field.min, field.max);
    case 'offOrWhole':
      return value === 0 || isWholeIn(value, field.min, field.max);
    case 'choice':
      return field.options.includes(value as string);
    case 'flag':
      return typeof value === 'boolean';
    case 'hours':
      return hoursProblems(value).length === 0;
  }
}

/** The settings in `value` that may not be stored (all of them when it is not an object). */
export function invalidSettings(value: unknown): SettingName[] {
  if (!isPlainObject(value)) return [...SETTING_NAMES];
  return SETTING_NAMES.filter((name) => !isValidSetting(name, value[name]));
}

/**
 * Reads whatever storage held into valid settings: each field that is missing, of the
 * wrong type or out of range falls back to its default, and the rest is kept.
 * Never throws, so corrupt or old data can't stop the worker.
 */
export function parseSettings(raw: unknown): Settings {
  const out = defaultSettings() as Record<SettingName, unknown>;
  if (!isPlainObject(raw)) return out as Settings;
  for (const name of SETTING_NAMES) {
    if (isValidSetting(name, raw[name])) out[name] = copyOf(SETTING_FIELDS[name], raw[name]);
  }
  return out as Settings;
}

/** Version 1 was stored without a `v`; version 2 carries it. */
export const SETTINGS_VERSION = 2;

/** How settings are stored and read back: each field checked on its own (see parseSettings). */
export const SETTINGS_SHAPE: Shape<Settings> = {
  name: 'common.item.settings',
  version: SETTINGS_VERSION,
  legacyVersion: 1,
  steps: {
    1: (raw) => ({ ...(raw as object), v: 2 }),
  },
  parse: (raw) => (isPlainObject(raw) ? parseSettings(raw) : null),
};

/** The settings as they are written to storage: only known fields, with the version. */
export function storedSettings(settings: Settings): Settings & { v: typeof SETTINGS_VERSION } {
  return { v: SETTINGS_VERSION, ...parseSettings(settings) };
}
