import { formatHm, localTime, minuteOfDay } from './time';

/**
 * One span of working time in a day, in minutes since local midnight.
 * `end <= start` never happens for a valid range except to mean "crosses midnight":
 * 22:00–06:00 is { start: 1320, end: 360 } and runs into the next day.
 */
export interface TimeRange {
  start: number;
  end: number;
}

/** Working hours per weekday; `days[0]` is Sunday, as `Date#getDay()` counts. */
export interface WorkingHours {
  enabled: boolean;
  days: TimeRange[][];
}

const DAYS = 7;

/** Off, with no ranges: Midbreak counts at any hour until the user says otherwise. */
export function noWorkingHours(): WorkingHours {
  return { enabled: false, days: Array.from({ length: DAYS }, () => []) };
}

/** Monday to Friday, 09:00–17:00, switched on: the options page's one-click preset. */
export function weekdaysNineToFive(): WorkingHours {
  return {
    enabled: true,
    days: Array.from({ length: DAYS }, (_, day) => (day >= 1 && day <= 5 ? [{ start: 540, end: 1020 }] : [])),
  };
}

function crossesMidnight(r: TimeRange): boolean {
  return r.end <= r.start;
}

/** True when `now` falls inside one of the ranges (or the hours are switched off). */
export function isWithinWorkingHours(hours: WorkingHours, now: number): boolean {
  if (!hours.enabled) return true;
  const day = new Date(now).getDay();
  const m = minuteOfDay(now);
  const today = hours.days[day] ?? [];
  const yesterday = hours.days[(day + DAYS - 1) % DAYS] ?? [];
  if (today.some((r) => (crossesMidnight(r) ? m >= r.start : m >= r.start && m < r.end))) return true;
  // A night shift that began yesterday runs on until its end this morning.
  return yesterday.some((r) => crossesMidnight(r) && m < r.end);
}

/**
 * The next moment after `now` at which being inside or outside working hours changes,
 * or null when it never changes (hours off, or no ranges at all).
 */
export function nextWorkingHoursChange(hours: WorkingHours, now: number): number | null {
  if (!hours.enabled) return null;
  const inside = isWithinWorkingHours(hours, now);
  const candidates: number[] = [];
  for (let offset = -1; offset <= DAYS + 1; offset++) {
    const day = (((new Date(now).getDay() + offset) % DAYS) + DAYS) % DAYS;
    for (const r of hours.days[day] ?? []) {
      candidates.push(localTime(now, offset, r.start));
      candidates.push(localTime(now, offset + (crossesMidnight(r) ? 1 : 0), r.end));
    }
  }
  const sorted = [...new Set(candidates)].filter((t) => t > now).sort((a, b) => a - b);
  return sorted.find((t) => isWithinWorkingHours(hours, t) !== inside) ?? null;
}

// Times of day as a person reads and types them on the options page: in the browser's
// language, 12- or 24-hour as it writes them (the page passes its language; without one,
// "HH:MM"). Typing either way is understood in every language: "17:00", "5:00 PM", "5 pm".

const clockFormats = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function clockFormat(locale: string): Intl.DateTimeFormat {
  let format = clockFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
    clockFormats.set(locale, format);
  }
  return format;
}

/** True when `locale` writes times of day on a 12-hour clock (with AM and PM, or its own words for them). */
export function isTwelveHour(locale: string): boolean {
  const { hourCycle } = clockFormat(locale).resolvedOptions();
  return hourCycle === 'h12' || hourCycle === 'h11';
}

/**
 * A time of day (minutes since midnight) as `locale` writes it: "9:00 AM", "09:00", "9:00".
 * The end of the day (1440) is "24:00" on a 24-hour clock and midnight ("12:00 AM") on a
 * 12-hour one. Without a locale, "HH:MM".
 */
export function formatClock(minutes: number, locale?: string): string {
  if (locale === undefined) return formatHm(minutes);
  const format = clockFormat(locale);
  const at = Date.UTC(2024, 0, 1, 0, minutes % 1440);
  if (minutes < 1440 || isTwelveHour(locale)) return format.format(at);
  return format
    .formatToParts(at)
    .map((part) => (part.type === 'hour' ? '24' : part.value))
    .join('');
}

/** "9:00 AM", "9 pm", "12:30 a.m.", "9:00 p. m.": a 12-hour time with its half of the day. */
const TWELVE_HOUR = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?$/i;
/** "09:00", "9:00", "24:00". */
const TWENTY_FOUR_HOUR = /^(\d{1,2}):(\d{2})$/;

/**
 * Parses a typed time of day into minutes since midnight (0–1440), or null when it is not
 * one: 24-hour "HH:MM" (24:00 is the end of the day) or 12-hour with AM or PM. Midnight
 * typed on a 12-hour clock as a range's `end` is the end of the day (1440), so that
 * "12:00 AM" to "12:00 AM" is the whole day, as 00:00–24:00 is.
 */
export function parseClock(text: string, end = false): number | null {
  const typed = text.trim().replace(/\s+/g, ' ');
  const twelve = TWELVE_HOUR.exec(typed);
  if (twelve) {
    const h = Number(twelve[1]);
    const m = twelve[2] === undefined ? 0 : Number(twelve[2]);
    if (h < 1 || h > 12 || m > 59) return null;
    const minutes = (h % 12) * 60 + m + (twelve[3].toLowerCase() === 'p' ? 720 : 0);
    return end && minutes === 0 ? 1440 : minutes;
  }
  const match = TWENTY_FOUR_HOUR.exec(typed);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return null;
  return h * 60 + m;
}
