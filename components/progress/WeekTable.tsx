import { hoursText, weekdayName } from '../../lib/day-format';
import type { DayRow } from '../../lib/progress';
import { dayStart } from '../../lib/time';

/** The rows of the week's table: what each day counts. */
export const WEEK_METRICS: readonly { label: string; value: (r: DayRow) => string | number }[] = [
  { label: 'Routines completed', value: (r) => r.completed },
  { label: 'Routines stopped early', value: (r) => r.partial },
  { label: 'Breaks due', value: (r) => r.due },
  { label: 'Breaks taken', value: (r) => r.taken },
  { label: 'Snoozed', value: (r) => r.snoozed },
  { label: 'Skipped', value: (r) => r.skipped },
  { label: 'Natural breaks', value: (r) => r.natural },
  { label: 'Active screen time (hours)', value: (r) => hoursText(r.activeMinutes) },
];

interface Props {
  /** Monday to Sunday. */
  week: readonly DayRow[];
  today: string;
  /** Working hours are on: days without them are marked. */
  hoursOn: boolean;
}

/**
 * This week at a glance: a column per day (today marked in words and colour), a row per
 * figure, narrow enough for 320 px; wider content scrolls inside its own region.
 */
export function WeekTable({ week, today, hoursOn }: Props) {
  return (
    <div class="table-scroll" role="region" aria-labelledby="week-caption" tabIndex={0}>
      <table class="week-table" data-testid="week-table">
        <caption id="week-caption" class="visually-hidden">
          This week, Monday to Sunday, a column a day
        </caption>
        <thead>
          <tr>
            <td />
            {week.map((r) => {
              const isToday = r.day === today;
              return (
                <th key={r.day} scope="col" class={isToday ? 'today' : r.day > today ? 'future' : undefined} aria-current={isToday ? 'date' : undefined}>
                  <span>{weekdayName(r.day)}</span>
                  <span>{new Date(dayStart(r.day)).getDate()}</span>
                  {isToday ? <span class="tag today-tag">today</span> : null}
                  {hoursOn && !r.workingDay ? <span class="tag">off</span> : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {WEEK_METRICS.map((m) => (
            <tr key={m.label}>
              <th scope="row">{m.label}</th>
              {week.map((r) => (
                <td key={r.day} class={r.day === today ? 'today' : undefined}>
                  {r.day > today ? <span aria-hidden="true">–</span> : m.value(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
