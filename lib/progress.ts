import { checkInOf, type CheckIn, type CheckIns } from './checkin';
import { numberText } from './day-format';
import { HISTORY_KINDS, type History, type HistoryKind } from './history';
import { msg, type Msg } from './i18n';
import { phrase, type Phrase } from './phrase';
import type { DayActive } from './schedule-state';
import { addDays, dayKey, dayStart, MINUTE } from './time';
import type { WorkingHours } from './working-hours';

// Progress, derived: every figure the Progress page shows comes from the history (raw
// events and day totals), the check-ins and the day's active time under way, here, in
// pure functions of those and the day. Nothing here is stored.

/** One day as the Progress page shows it. */
export interface DayRow {
  /** YYYY-MM-DD, local. */
  day: string;
  completed: number;
  /** Routines started and stopped before the end. */
  partial: number;
  /** Breaks that came due. */
  due: number;
  /** Breaks taken: routines done, completed or partial. */
  taken: number;
  snoozed: number;
  skipped: number;
  natural: number;
  activeMinutes: number;
  checkIn: CheckIn | null;
  /** False on a day without working hours (when they are set): it neither counts nor breaks a streak. */
  workingDay: boolean;
}

/** What the progress figures are derived from. */
export interface ProgressInput {
  history: History;
  checkIns: CheckIns;
  /**
   * Active time the history does not hold yet: the schedule's day under way and any day
   * counting has just moved past (`activityAt()` in lib/schedule-advance.ts, as of now).
   */
  unrecorded: readonly DayActive[];
  workingHours: WorkingHours;
}

/** Whether `day` has working hours (always, when they are off). */
export function isWorkingDay(hours: WorkingHours, day: string): boolean {
  return !hours.enabled || hours.days[new Date(dayStart(day)).getDay()].length > 0;
}

function zero(): Record<HistoryKind, number> {
  return Object.fromEntries(HISTORY_KINDS.map((k) => [k, 0])) as Record<HistoryKind, number>;
}

/** Every day from `from` to `to` (both YYYY-MM-DD, inclusive), oldest first. */
export function progressDays(input: ProgressInput, from: string, to: string): DayRow[] {
  const counts = new Map<string, Record<HistoryKind, number>>();
  const active = new Map<string, number>();
  const countsOf = (day: string) => counts.get(day) ?? (counts.set(day, zero()), counts.get(day)!);
  for (const d of input.history.days) {
    const c = countsOf(d.day);
    for (const kind of HISTORY_KINDS) c[kind] += d.counts[kind];
    active.set(d.day, (active.get(d.day) ?? 0) + d.activeMs);
  }
  for (const e of input.history.events) countsOf(dayKey(e.at))[e.kind] += 1;
  for (const d of input.unrecorded) active.set(d.day, (active.get(d.day) ?? 0) + d.activeMs);

  const rows: DayRow[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const c = counts.get(day) ?? zero();
    rows.push({
      day,
      completed: c['routine-completed'],
      // Part of a routine: stopped early, or run to the end with steps skipped.
      partial: c['routine-abandoned'] + c['routine-partial'],
      due: c.due,
      taken: c['routine-completed'] + c['routine-abandoned'] + c['routine-partial'],
      snoozed: c.snoozed,
      skipped: c.skipped,
      natural: c['natural-break'],
      activeMinutes: Math.round((active.get(day) ?? 0) / MINUTE),
      checkIn: checkInOf(input.checkIns, day),
      workingDay: isWorkingDay(input.workingHours, day),
    });
  }
  return rows;
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday). */
export function weekStart(day: string): string {
  const weekday = new Date(dayStart(day)).getDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * Days in a row, up to today, with at least one completed routine. Days without working
 * hours are passed over (they neither count nor break it); today, not over yet, breaks
 * nothing while it has no routine.
 */
export function streak(rows: readonly DayRow[], today: string): number {
  let n = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.day > today || !row.workingDay) continue;
    if (row.completed > 0) n++;
    else if (row.day !== today) break;
  }
  return n;
}

const average = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Routines completed per working day over `rows`, to one decimal. */
export function routinesPerDay(rows: readonly DayRow[]): number {
  const working = rows.filter((r) => r.workingDay);
  return working.length ? round1(average(working.map((r) => r.completed))) : 0;
}

/** The check-in trend over `rows`: the first week's and the last week's average scores. */
export interface Trend {
  from: number;
  to: number;
  weeks: number;
  routinesPerDay: number;
}

/** The trend, when the check-ins span at least a week; null before that. */
export function trendOf(rows: readonly DayRow[]): Trend | null {
  const checked = rows.filter((r) => r.checkIn !== null);
  if (checked.length < 2) return null;
  const first = checked[0].day;
  const last = checked[checked.length - 1].day;
  const span = Math.round((dayStart(last) - dayStart(first)) / (24 * 60 * MINUTE));
  if (span < 7) return null;
  const score = (r: DayRow) => r.checkIn!.score;
  const from = Math.round(average(checked.filter((r) => r.day < addDays(first, 7)).map(score)));
  const to = Math.round(average(checked.filter((r) => r.day > addDays(last, -7)).map(score)));
  const between = rows.filter((r) => r.day >= first && r.day <= last);
  return { from, to, weeks: Math.round(span / 7), routinesPerDay: routinesPerDay(between) };
}

/**
 * The trend in one line, e.g. "Stiffness down from 5 to 3 over 4 weeks, with 4 routines a
 * day.", its numbers written as `locale` writes them.
 */
export function trendMessage(rows: readonly DayRow[], locale: string): Phrase {
  const checked = rows.filter((r) => r.checkIn !== null);
  const trend = trendOf(rows);
  const num = (n: number) => numberText(n, locale);
  if (!trend) {
    if (checked.length === 0) return msg('progress.trend.none');
    return msg('progress.trend.few', { n: num(checked.length) }, checked.length);
  }
  // "over {weeks}", the weeks being "1 week" or "4 weeks": phrases of their own (lib/phrase.ts).
  const key = trend.to === trend.from ? 'progress.trend.steady' : trend.to < trend.from ? 'progress.trend.down' : 'progress.trend.up';
  return phrase(key, {
    from: num(trend.from),
    to: num(trend.to),
    weeks: msg('progress.trend.weeks', { n: num(trend.weeks) }, trend.weeks),
    perDay: msg('progress.trend.perDay', { n: num(trend.routinesPerDay) }, trend.routinesPerDay),
  });
}

/** A drop of this many points on the 0–10 scale is a clear improvement (the common threshold for pain scales). */
export const CLEAR_IMPROVEMENT = 2;
/** The protocol's rule: no clear improvement after 6 weeks of regular exercise means see a professional. */
export const RULE_WEEKS = 6;

/** What the Progress page must say plainly, with a link to "When to get checked". */
export type Advice = 'symptoms' | 'no-clear-improvement' | null;

/**
 * The seed's rules as actions, over `rows` ending today:
 * - the latest check-in records new numbness, tingling or weakness: say so at once;
 * - 6 weeks of check-ins (some in the first two weeks and some in the last two) with
 *   exercise on most working days (a routine, or a session of the 8-week programme on one
 *   of `sessionDays`: the rule applies to the programme too), and the last two weeks'
 *   average not at least CLEAR_IMPROVEMENT points below the first two weeks': no clear improvement.
 */
export function adviceOf(rows: readonly DayRow[], today: string, sessionDays: readonly string[] = []): Advice {
  const checked = rows.filter((r) => r.checkIn !== null && r.day <= today);
  if (checked.at(-1)?.checkIn?.symptoms) return 'symptoms';
  const start = addDays(today, -(RULE_WEEKS * 7 - 1));
  const window = rows.filter((r) => r.day >= start && r.day <= today);
  const early = window.filter((r) => r.checkIn && r.day < addDays(start, 14)).map((r) => r.checkIn!.score);
  const late = window.filter((r) => r.checkIn && r.day > addDays(today, -14)).map((r) => r.checkIn!.score);
  if (!early.length || !late.length) return null;
  const working = window.filter((r) => r.workingDay);
  const regular = working.filter((r) => r.completed > 0 || sessionDays.includes(r.day)).length > working.length / 2;
  if (!regular) return null;
  return average(early) - average(late) >= CLEAR_IMPROVEMENT ? null : 'no-clear-improvement';
}

// The CSV's column names and its yes/no are data, not words on a page: the same in every
// language, so a spreadsheet or a script that reads one export reads them all.
// not shown: a file format's column names, the same in every language
const CSV_HEADER = [
  'date',
  'routines completed',
  'routines partial',
  'breaks due',
  'breaks taken',
  'snoozed',
  'skipped',
  'natural breaks',
  'active minutes',
  'check-in (0-10)',
  'new numbness, tingling or weakness',
];

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One row a day, for a spreadsheet (RFC 4180, CRLF line ends). */
export function progressCsv(rows: readonly DayRow[]): string {
  const lines = rows.map((r) =>
    [
      r.day,
      r.completed,
      r.partial,
      r.due,
      r.taken,
      r.snoozed,
      r.skipped,
      r.natural,
      r.activeMinutes,
      r.checkIn?.score ?? '',
      r.checkIn ? (r.checkIn.symptoms ? 'yes' : 'no') : '',
    ]
      .map((v) => cell(String(v)))
      .join(','),
  );
  return [CSV_HEADER.map(cell).join(','), ...lines].join('\r\n') + '\r\n';
}
