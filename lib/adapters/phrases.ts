import type { Phrase, PhrasePart } from '../phrase';
import { formatClock } from '../working-hours';
import { t, uiLanguage } from './i18n';

// Says a `Phrase` (lib/phrase.ts) in the browser's language: each placeholder first
// (another phrase, a number, a weekday, a time of day), then the message around them.
// Numbers, weekdays and times go through Intl, in the language the words are in.

const SUNDAY = Date.UTC(2024, 0, 7); // a Sunday: day `n` of the week is `n` days later

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** A weekday's name (0 is Sunday) in the browser's language: "Monday", "Montag", "lunes"; `short`: "Mon". */
export function weekdayName(day: number, width: 'long' | 'short' = 'long', locale = uiLanguage()): string {
  const id = `${locale} ${width}`;
  let format = weekdayFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
    weekdayFormats.set(id, format);
  }
  return format.format(SUNDAY + day * 86_400_000);
}

/** `text` with its first letter a capital, as a sentence or a heading starts ("lunes" → "Lunes"). */
export function capitalized(text: string, locale = uiLanguage()): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A number as the browser's language writes it: "2,000", "2.000". */
export function formatNumber(n: number, locale = uiLanguage()): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Whole hours `from` to `to` as the language writes such a span: "9 AM – 5 PM", "09–17 Uhr", "9–17". */
export function formatHours(from: number, to: number, locale = uiLanguage()): string {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' });
  return format.formatRange(Date.UTC(2024, 0, 1, from), Date.UTC(2024, 0, 1, to));
}

function isPhrase(part: object): part is Phrase {
  return 'key' in part;
}

function sayPart(part: PhrasePart, locale: string): string {
  if (typeof part === 'string') return part;
  if (typeof part === 'number') return formatNumber(part, locale);
  if (isPhrase(part)) return sayInside(part, locale);
  if ('sentences' in part) return part.sentences.map((p) => sayPhrase(p, locale)).join(' ');
  if ('items' in part) return part.items.map((p) => sayInside(p, locale)).join(', ');
  if ('weekday' in part) return weekdayName(part.weekday, 'long', locale);
  if ('time' in part) return formatClock(part.time, locale);
  return formatHours(part.hours[0], part.hours[1], locale);
}

/** A phrase said inside another: as the message writes it, with no capital added. */
function sayInside(p: Phrase, locale: string): string {
  const subs = p.subs && Object.fromEntries(Object.entries(p.subs).map(([name, part]) => [name, sayPart(part, locale)]));
  return t(p.key, subs, p.count);
}

/**
 * Says a phrase in the browser's language. A message that starts with a placeholder gets
 * a capital, since a weekday may lead it ("lunes, franja 1: …" starts "Lunes").
 */
export function sayPhrase(p: Phrase, locale = uiLanguage()): string {
  const text = sayInside(p, locale);
  return t(p.key).startsWith('{') ? capitalized(text, locale) : text;
}
