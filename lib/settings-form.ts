import { phrase, type Phrase, type PhrasePart } from './phrase';
import { checkSetting, checkWorkingHours, rangePhrase } from './settings';
import {
  SETTING_FIELDS,
  type ChoiceSetting,
  type HoursField,
  type SettingField,
  type SettingName,
  type SettingOfKind,
  type Settings,
  type Unit,
  type WholeSetting,
} from './settings-fields';
import { allowedRange, amountOf, nameOf, optionLabel } from './settings-words';
import { formatClock, parseClock, weekdaysNineToFive, type TimeRange, type WorkingHours } from './working-hours';

// Turns what the user typed on the options page into typed values, with one message per
// field. The ranges come from the field table and the final word on validity stays in
// lib/settings.ts: every value accepted here has also passed its check there, so the two
// can never disagree. Messages are phrases, said by the page in the browser's language.

/** A parsed form value, or the message to show next to the field. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: Phrase };

/** Plain decimal notation only: "1e3", "0x10" or "Infinity" are not what a person means by a number of minutes. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Parses whole-number text for a bounded field; every message names the field (`label`) and its range. */
export function parseWholeNumber(text: string, label: PhrasePart, limits: { min: number; max: number; unit: Unit }): FieldResult<number> {
  const subs = { name: label, allowed: allowedRange(limits) };
  const refuse = (key: Parameters<typeof phrase>[0]): FieldResult<number> => ({ ok: false, error: phrase(key, subs) });
  const t = text.trim();
  if (t === '') return refuse('settings.form.empty');
  if (!DECIMAL.test(t)) return refuse('settings.form.notNumber');
  const n = Number(t);
  if (!Number.isFinite(n)) return refuse('settings.form.notNumber');
  if (n < 0) return refuse('settings.form.negative');
  if (!Number.isInteger(n)) return refuse('settings.form.fraction');
  if (n < limits.min || n > limits.max) return refuse('settings.form.outOfRange');
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
  return checked(field, parseWholeNumber(text, phrase(nameOf(field)), SETTING_FIELDS[field]));
}

/** The heads-up as the page shows it: a switch and a number of seconds. Off stores 0. */
export function parseHeadsUp(enabled: boolean, secondsText: string): FieldResult<number> {
  if (!enabled) return { ok: true, value: 0 };
  return checked('headsUpSeconds', parseWholeNumber(secondsText, phrase(nameOf('headsUpSeconds')), SETTING_FIELDS.headsUpSeconds));
}

/** What the status line says once a setting is saved, e.g. "Saved: Work interval 30 minutes." */
export function savedMessage<N extends Exclude<SettingName, SettingOfKind<'hours'>>>(name: N, value: Settings[N]): Phrase {
  // Working hours have their own messages: what was saved depends on the editor's button.
  const field: Exclude<SettingField, HoursField> = SETTING_FIELDS[name];
  const label = phrase(nameOf(name));
  switch (field.kind) {
    case 'whole':
      return phrase('settings.saved.amount', { name: label, amount: amountOf(field.unit, value as number) });
    case 'offOrWhole':
      return value === 0
        ? phrase('settings.saved.off', { name: label })
        : phrase('settings.saved.amountAfterColon', { name: label, amount: amountOf(field.unit, value as number) });
    case 'choice':
      return phrase('settings.saved.choice', { name: label, option: phrase(optionLabel(name as ChoiceSetting, value as string)) });
    case 'flag':
      return phrase(value ? 'settings.saved.on' : 'settings.saved.off', { name: label });
  }
}

/**
 * How messages name the weekday preset (lib/working-hours.ts `weekdaysNineToFive`): its
 * first and last day ("Monday to Friday"), its range ("09:00–17:00") and its whole hours ("9–17").
 */
export const PRESET = (() => {
  const preset = weekdaysNineToFive();
  const days = preset.days.flatMap((ranges, day) => (ranges.length ? [day] : []));
  const r = preset.days[days[0]][0];
  return {
    first: { weekday: days[0] },
    last: { weekday: days[days.length - 1] },
    hours: rangePhrase(r),
    wholeHours: { hours: [r.start / 60, r.end / 60] as const },
  };
})();

/** How the page writes a time of day in a range's inputs: "HH:MM" unless it passes its language's way. */
export type ClockText = (minutes: number) => string;

/** A time of day as the page's language writes it (12- or 24-hour, lib/working-hours.ts). */
export function clockIn(locale: string): ClockText {
  return (minutes) => formatClock(minutes, locale);
}

/** One range as typed: two time texts ("09:00", "9:00 AM"). */
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
export function draftFromWorkingHours(hours: WorkingHours, clock: ClockText = formatClock): WorkingHoursDraft {
  return {
    enabled: hours.enabled,
    days: hours.days.map((ranges) => ranges.map((r) => ({ start: clock(r.start), end: clock(r.end) }))),
  };
}

/** Which ends of a range are wrong, and why. */
export interface RangeErrors {
  start?: Phrase;
  end?: Phrase;
  /** A problem with the range as a whole (same start and end, an overlap). */
  range?: Phrase;
}

/** Where a range is, for its messages: "Monday, range 2". */
export function rangeWhere(day: number, index: number): Phrase {
  return phrase('settings.hours.where', { day: { weekday: day }, n: index + 1 });
}

/** Parses one typed range; an end before the start is a night shift running past midnight, not an error. */
export function parseRange(draft: RangeDraft, where: PhrasePart): { range: TimeRange | null; errors: RangeErrors } {
  const errors: RangeErrors = {};
  const start = parseClock(draft.start);
  const end = parseClock(draft.end, true);
  // The times the messages give as examples, written as the page writes times.
  const times = { where, first: { time: 0 }, last: { time: 1439 } };
  if (draft.start.trim() === '') errors.start = phrase('settings.hours.startEmpty', { ...times, example: { time: 540 } });
  else if (start === null || start > 1439) errors.start = phrase('settings.hours.startBad', { ...times, example: { time: 540 } });
  if (draft.end.trim() === '') errors.end = phrase('settings.hours.endEmpty', { where, example: { time: 1020 } });
  else if (end === null) errors.end = phrase('settings.hours.endBad', { where, example: { time: 1020 } });
  if (errors.start || errors.end || start === null || end === null) return { range: null, errors };
  // 00:00 and 24:00 are the same moment, so 00:00–24:00 is a full day but 00:00–00:00 and 24:00–24:00 are empty.
  if (start === end || (start === 0 && end === 0)) {
    return { range: null, errors: { range: phrase('settings.hours.same', { where, time: { time: start } }) } };
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
      const { range, errors: e } = parseRange(r, rangeWhere(day, index));
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
export function suggestRange(existing: readonly RangeDraft[], clock: ClockText = formatClock): RangeDraft {
  const last = existing[existing.length - 1];
  const start = last ? parseClock(last.start) : null;
  const end = last ? parseClock(last.end, true) : null;
  if (start === null || end === null || end <= start || end >= 1440) return { start: clock(540), end: clock(1020) };
  return { start: clock(end), end: clock(Math.min(end + 60, 1440)) };
}
