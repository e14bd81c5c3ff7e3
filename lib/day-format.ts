import { dayStart } from './time';

// Days, times and numbers as the Progress page, the checklist and the chart name them, in
// the browser's language: `locale` is a BCP 47 tag (`uiLanguage()` in the pages, 'en' in
// tests). Intl only, no browser API; kept apart from lib/format.ts, which the popup loads up front.

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

/** One formatter per locale and options, made once. */
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(kind: string, locale: string, make: () => T): T {
  const key = `${kind} ${locale}`;
  let f = formats.get(key) as T | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

const date = (kind: string, locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(kind, locale, () => new Intl.DateTimeFormat(locale, options));

const dateOf = (day: string) => new Date(dayStart(day));

/** The short weekday of a YYYY-MM-DD day: "Mon" in English, "Mo" in German. */
export function weekdayName(day: string, locale: string): string {
  return date('weekday', locale, { weekday: 'short' }).format(dateOf(day));
}

/** The day of the month: "16". */
export function dayOfMonth(day: string, locale: string): string {
  return date('day', locale, { day: 'numeric' }).format(dateOf(day));
}

/** The day and the short month: "Nov 16" in English, "16. Nov." in German. */
export function dayMonth(day: string, locale: string): string {
  return date('day-month', locale, { day: 'numeric', month: 'short' }).format(dateOf(day));
}

/** The weekday, day and month: "Mon, Nov 16". */
export function longDay(day: string, locale: string): string {
  return date('long-day', locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(dateOf(day));
}

/** A moment's time of day on the 24-hour clock, as Midbreak shows times everywhere: "09:05". */
export function timeOfDay(at: number, locale: string): string {
  return date('time', locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** A number as the language writes it: 2.5 is "2.5" in English, "2,5" in German. */
export function numberText(n: number, locale: string): string {
  return cached('number', locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(n);
}

/** Minutes as hours with one decimal: 185 → "3.1" ("3,1" in German). */
export function hoursText(minutes: number, locale: string): string {
  return cached('hours', locale, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(minutes / 60);
}

/** How many days ago, in words: "today", "yesterday", "12 days ago" ("heute", "gestern", "vor 12 Tagen"). */
export function daysAgo(days: number, locale: string): string {
  return cached('days-ago', locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(-Math.max(0, days), 'day');
}
