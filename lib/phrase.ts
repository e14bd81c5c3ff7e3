import type { MessageKey } from './i18n';

// A `Msg` (lib/i18n.ts) whose placeholders may need the page's language too: a setting's
// name inside its error, a weekday, a time of day, a list of other messages. The pure core
// decides what to say and builds a `Phrase`; the page says it (lib/adapters/phrases.ts),
// formatting numbers, weekdays and times with Intl in the browser's language. A `Msg` is a
// `Phrase` whose placeholders are plain strings and numbers.

/** What fills one placeholder of a phrase. */
export type PhrasePart =
  /** Said as it is (a file name, a field of a file, an error from elsewhere). */
  | string
  /** A number, formatted for the language (2,000 / 2.000). */
  | number
  /** Another phrase, said first. */
  | Phrase
  /** Phrases said one after another, as sentences. */
  | { sentences: readonly Phrase[] }
  /** Phrases said as a list, comma after comma. */
  | { items: readonly Phrase[] }
  /** A weekday by name, 0 being Sunday as `Date#getDay()` counts. */
  | { weekday: number }
  /** A time of day in minutes since midnight (1440 is the end of the day), 12- or 24-hour as the language writes it. */
  | { time: number }
  /** Whole hours from `hours[0]` to `hours[1]`, as the language writes such a span ("9 AM – 5 PM", "09–17 Uhr"). */
  | { hours: readonly [number, number] };

/** Something to say: a key, what fills its `{named}` placeholders, and the count that picks a plural form. */
export interface Phrase {
  key: MessageKey;
  subs?: Readonly<Record<string, PhrasePart>>;
  count?: number;
}

/** Builds a `Phrase`. */
export function phrase(key: MessageKey, subs?: Record<string, PhrasePart>, count?: number): Phrase {
  if (subs === undefined && count === undefined) return { key };
  return count === undefined ? { key, subs } : { key, subs, count };
}
