import type { CheckIn } from '../../../lib/checkin';
import { HISTORY_VERSION, type DayTotals, type History, type HistoryEntry, type HistoryKind } from '../../../lib/history';
import { addDays, dayKey, dayStart, HOUR, MINUTE } from '../../../lib/time';

const isWeekday = (day: string) => ![0, 6].includes(new Date(dayStart(day)).getDay());

/**
 * Eight weeks of history ending `now`, as the background would have recorded it: on
 * weekdays 2–4 completed routines, now and then one stopped early, snoozes, skips and
 * natural breaks; at weekends only natural breaks; each finished day's active time; one
 * weekday without a routine, 10 to 12 days back, so the streak has an end. Check-ins every
 * other weekday, falling from 6 to 3. Today's events all lie before `now`.
 */
export function eightWeeks(now: number): { history: History; checkIns: CheckIn[] } {
  const today = dayKey(now);
  const events: HistoryEntry[] = [];
  const days: DayTotals[] = [];
  const checkIns: CheckIn[] = [];
  // Of three days in a row, one at least is a weekday.
  const gap = [10, 11, 12].find((back) => isWeekday(addDays(today, -back)));
  for (let back = 55; back >= 0; back--) {
    const day = addDays(today, -back);
    // Today's events go in the minutes before now; other days' from 09:00.
    let at = back === 0 ? now - 30 * MINUTE : dayStart(day) + 9 * HOUR;
    const add = (kind: HistoryKind, n: number) => {
      for (let i = 0; i < n; i++, at += back === 0 ? MINUTE : 20 * MINUTE) events.push({ kind, at });
    };
    add('natural-break', 1 + (back % 2));
    if (isWeekday(day)) {
      const completed = back === gap ? 0 : 2 + (back % 3);
      const partial = back % 4 === 0 ? 1 : 0;
      const skipped = back % 5 === 0 ? 1 : 0;
      add('due', completed + partial + skipped);
      add('snoozed', back % 2);
      add('routine-completed', completed);
      add('routine-abandoned', partial);
      add('skipped', skipped);
      if (back % 2 === 0 && back > 0) {
        checkIns.push({ day, score: 3 + Math.round((3 * back) / 55), symptoms: false, at: dayStart(day) + 17 * HOUR });
      }
    }
    if (back > 0) {
      const activeMs = isWeekday(day) ? 4 * HOUR + back * 5 * MINUTE : 25 * MINUTE;
      days.push({ day, counts: { 'natural-break': 0, 'routine-completed': 0, 'routine-partial': 0, 'routine-abandoned': 0, skipped: 0, snoozed: 0, due: 0 }, activeMs });
    }
  }
  return { history: { v: HISTORY_VERSION, events, days }, checkIns };
}

