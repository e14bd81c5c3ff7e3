/** Milliseconds in a second, a minute and an hour: the core counts everything in ms. */
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Minutes since local midnight for `now`. */
export function minuteOfDay(now: number): number {
  const d = new Date(now);
  return d.getHours() * 60 + d.getMinutes();
}

/** The local timestamp of `minutes` after midnight on the day `dayOffset` days from `now`'s day. */
export function localTime(now: number, dayOffset: number, minutes: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, 0, minutes).getTime();
}

/**
 * "HH:MM" for minutes since midnight (1440 prints as 24:00): the form of time inputs and of
 * what is stored. A time shown in a sentence is written in the browser's language by
 * lib/format.ts (`formatTimeOfDay`, `formatClock`).
 */
export function formatHm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Parses "HH:MM" (00:00–24:00) into minutes since midnight, or null when it is not a time. */
export function parseHm(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return null;
  return h * 60 + m;
}

export const DAY = 24 * HOUR;

/**
 * No time Midbreak stores can be earlier than this (before Midbreak existed): an older one
 * is corrupt data, not history.
 */
export const EARLIEST_TIME = Date.UTC(2024, 0, 1);

/** How far ahead of `now` a stored moment may lie: room for a clock set back a little. */
export const CLOCK_SLACK_MS = HOUR;

/** A timestamp from storage that is a real moment: not before EARLIEST_TIME, not after `latest`. */
export function isStoredTime(v: unknown, latest: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST_TIME && v <= latest;
}

/** A duration from storage: whole or fractional ms from 0 to `max`. */
export function isStoredDuration(v: unknown, max: number): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, as YYYY-MM-DD. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** The local midnight that starts the day `key` (YYYY-MM-DD). */
export function dayStart(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** The day `offset` days after `key`, as YYYY-MM-DD (daylight-saving changes included). */
export function addDays(key: string, offset: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return dayKey(new Date(y, m - 1, d + offset, 12).getTime());
}

/** The stretch [from, to) cut at each local midnight: how much of it fell on each day, in order. */
export function splitByDay(from: number, to: number): { day: string; ms: number }[] {
  const parts: { day: string; ms: number }[] = [];
  let at = from;
  while (at < to) {
    const d = new Date(at);
    const midnight = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    const end = Math.min(to, midnight);
    parts.push({ day: dayKey(at), ms: end - at });
    at = end;
  }
  return parts;
}
