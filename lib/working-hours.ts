import { localTime, minuteOfDay } from './time';

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
