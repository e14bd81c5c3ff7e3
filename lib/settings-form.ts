import { checkSetting, checkWorkingHours, DAY_NAMES } from './settings';
import {
  SETTING_FIELDS,
  type ChoiceSetting,
  type HoursField,
  type SettingField,
  type SettingName,
  type SettingOfKind,
  type Settings,
  type WholeSetting,
} from './settings-fields';
import { nameOf, optionLabel } from './settings-words';
import { formatHm, parseHm } from './time';
import type { TimeRange, WorkingHours } from './working-hours';

// Turns what the user typed on the options page into typed values, with one message per
// field. The ranges come from the field table and the final word on validity stays in
// lib/settings.ts: every value accepted here has also passed its check there, so the two
// can never disagree.

/** A parsed form value, or the message to show next to the field. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Plain decimal notation only: "1e3", "0x10" or "Infinity" are not what a person means by a number of minutes. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function rangeText(min: number, max: number, unit: string): string {
  return `a whole number from ${min} to ${max} ${unit}`;
}

/** Parses whole-number text for a bounded field; every message names the field (`label`) and its range. */
export function parseWholeNumber(text: string, label: string, limits: { min: number; max: number; unit: string }): FieldResult<number> {
  const { min, max, unit } = limits;
  const allowed = rangeText(min, max, unit);
  const t = text.trim();
  if (t === '') return { ok: false, error: `${label} is empty: enter ${allowed}.` };
  if (!DECIMAL.test(t)) return { ok: false, error: `${label} must be a number: enter ${allowed}.` };
  const n = Number(t);
  if (!Number.isFinite(n)) return { ok: false, error: `${label} must be a number: enter ${allowed}.` };
  if (n < 0) return { ok: false, error: `${label} can't be negative: enter ${allowed}.` };
  if (!Number.isInteger(n)) return { ok: false, error: `${label} must be a whole number, without decimals: enter ${allowed}.` };
  if (n < min || n > max) return { ok: false, error: `${label} is out of range: enter ${allowed}.` };
  return { ok: true, value: n === 0 ? 0 : n }; // "-0" is zero
}

/** A parsed value once more through the stored-value check, so the form never accepts what storage would refuse. */
function checked(name: SettingName, result: FieldResult<number>): FieldResult<number> {
  if (!result.ok) return result;
  const final = checkSetting(name, result.value);
  return final === null ? result : { ok: false, error: final };
}

/** Parses the text of a whole-number setting (a `whole` field of the table). */
export function parseNumberField(field: WholeSetting, text: string): FieldResult<number> {
  return checked(field, parseWholeNumber(text, nameOf(field), SETTING_FIELDS[field]));
}

/** The heads-up as the page shows it: a switch and a number of seconds. Off stores 0. */
export function parseHeadsUp(enabled: boolean, secondsText: string): FieldResult<number> {
  if (!enabled) return { ok: true, value: 0 };
  return checked('headsUpSeconds', parseWholeNumber(secondsText, nameOf('headsUpSeconds'), SETTING_FIELDS.headsUpSeconds));
}

/** What the status line says once a setting is saved, e.g. "Saved: Work interval 30 minutes." */
export function savedMessage<N extends Exclude<SettingName, SettingOfKind<'hours'>>>(name: N, value: Settings[N]): string {
  // Working hours have their own messages: what was saved depends on the editor's button.
  const field: Exclude<SettingField, HoursField> = SETTING_FIELDS[name];
  const label = nameOf(name);
  switch (field.kind) {
    case 'whole':
      return `Saved: ${label} ${value} ${field.unit}.`;
    case 'offOrWhole':
      return value === 0 ? `Saved: ${label}: off.` : `Saved: ${label}: ${value} ${field.unit}.`;
    case 'choice':
      return `Saved: ${label}: ${optionLabel(name as ChoiceSetting, value as string)}.`;
    case 'flag':
      return `Saved: ${label}: ${value ? 'on' : 'off'}.`;
  }
}

/** One range as typed: two "HH:MM" texts. */
export interface RangeDraft {
  start: string;
  end: string;
}

/** Working hours as typed, indexed like `WorkingHours.days` (0 is Sunday). */
export interface WorkingHoursDraft {
  enabled: boolean;
  days: RangeDraft[][];
}

/** The working hours in text form, for the editor. */
export function draftFromWorkingHours(hours: WorkingHours): WorkingHoursDraft {
  return {
    enabled: hours.enabled,
    days: hours.days.map((ranges) => ranges.map((r) => ({ start: formatHm(r.start), end: formatHm(r.end) }))),
  };
}

/** Which ends of a range are wrong, and why. */
export interface RangeErrors {
  start?: string;
  end?: string;
  /** A problem with the range as a whole (same start and end, an overlap). */
  range?: string;
}

/** Parses one typed range; an end before the start is a night shift running past midnight, not an error. */
export function parseRange(draft: RangeDraft, where: string): { range: TimeRange | null; errors: RangeErrors } {
  const errors: RangeErrors = {};
  const start = parseHm(draft.start);
  const end = parseHm(draft.end);
  if (draft.start.trim() === '') errors.start = `${where}: the start time is empty; enter a time from 00:00 to 23:59, like 09:00.`;
  else if (start === null || start > 1439) errors.start = `${where}: the start must be a time from 00:00 to 23:59, like 09:00.`;
  if (draft.end.trim() === '') errors.end = `${where}: the end time is empty; enter a time from 00:00 to 24:00, like 17:00.`;
  else if (end === null) errors.end = `${where}: the end must be a time from 00:00 to 24:00, like 17:00.`;
  if (errors.start || errors.end || start === null || end === null) return { range: null, errors };
  // 00:00 and 24:00 are the same moment, so 00:00–24:00 is a full day but 00:00–00:00 and 24:00–24:00 are empty.
  if (start === end || (start === 0 && end === 0)) {
    return { range: null, errors: { range: `${where}: the end must differ from the start (${formatHm(start)}).` } };
  }
  return { range: { start, end }, errors };
}

/** True when a (valid) range runs past midnight into the next day. */
export function crossesMidnight(r: TimeRange): boolean {
  return r.end <= r.start && !(r.end === 0 && r.start === 0);
}

/** The parsed working hours, or the errors keyed by day and range index. */
export interface WorkingHoursResult {
  value: WorkingHours | null;
  /** `errors[day][index]`: empty objects where a range is fine. */
  errors: RangeErrors[][];
  /** True when any range has an error. */
  invalid: boolean;
}

function withOnly(entries: { day: number; range: TimeRange }[]): WorkingHours {
  const days: TimeRange[][] = Array.from({ length: 7 }, () => []);
  for (const { day, range } of entries) days[day].push(range);
  return { enabled: true, days };
}

/**
 * Parses the whole editor. Overlaps are found by asking lib/settings.ts about each pair of
 * ranges, so the one overlap rule (midnight and Saturday→Sunday included) is reused as it
 * is, and each message lands on the later range of the pair, next to its inputs.
 */
export function parseWorkingHours(draft: WorkingHoursDraft): WorkingHoursResult {
  const errors: RangeErrors[][] = draft.days.map((ranges) => ranges.map(() => ({})));
  const parsed: { day: number; index: number; range: TimeRange }[] = [];
  draft.days.forEach((ranges, day) => {
    ranges.forEach((r, index) => {
      const { range, errors: e } = parseRange(r, `${DAY_NAMES[day]}, range ${index + 1}`);
      errors[day][index] = e;
      if (range) parsed.push({ day, index, range });
    });
  });
  for (let j = 0; j < parsed.length; j++) {
    for (let i = 0; i < j; i++) {
      const [overlap] = checkWorkingHours(withOnly([parsed[i], parsed[j]]));
      const target = errors[parsed[j].day][parsed[j].index];
      if (overlap && !target.range) target.range = overlap;
    }
  }
  const tooMany = draft.days.findIndex((ranges) => ranges.length > SETTING_FIELDS.workingHours.maxRangesPerDay);
  const invalid = tooMany >= 0 || errors.some((day) => day.some((e) => e.start || e.end || e.range));
  if (invalid) return { value: null, errors, invalid: true };
  const value: WorkingHours = { enabled: draft.enabled, days: draft.days.map(() => []) };
  for (const { day, range } of parsed) value.days[day].push(range);
  // The last word is the stored-value check; it agrees with the pairwise one above.
  return checkWorkingHours(value).length ? { value: null, errors, invalid: true } : { value, errors, invalid: false };
}

/**
 * A sensible new range for a day: the hour after the last range when that ends within
 * the day, else 09:00–17:00 (the user edits it; an overlap shows its message at once).
 */
export function suggestRange(existing: readonly RangeDraft[]): RangeDraft {
  const last = existing[existing.length - 1];
  const start = last ? parseHm(last.start) : null;
  const end = last ? parseHm(last.end) : null;
  if (start === null || end === null || end <= start || end >= 1440) return { start: '09:00', end: '17:00' };
  return { start: formatHm(end), end: formatHm(Math.min(end + 60, 1440)) };
}
