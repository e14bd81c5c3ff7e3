import { dayStart } from './time';

// Days as the Progress page names them. English, like the rest of Midbreak; kept apart from
// lib/format.ts, which the popup loads up front.

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dateOf = (day: string) => new Date(dayStart(day));

/** "Mon" for a YYYY-MM-DD day. */
export function weekdayName(day: string): string {
  return WEEKDAYS[dateOf(day).getDay()];
}

/** "17 Nov". */
export function dayMonth(day: string): string {
  const d = dateOf(day);
  return `${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

/** "Mon 17 Nov". */
export function longDay(day: string): string {
  return `${weekdayName(day)} ${dayMonth(day)}`;
}

/** Minutes as hours with one decimal: 185 → "3.1". */
export function hoursText(minutes: number): string {
  return (minutes / 60).toFixed(1);
}
