import { t, uiLanguage } from '../../lib/adapters/i18n';
import { dayOfMonth, hoursText, numberText, weekdayName } from '../../lib/day-format';
import type { MessageKey } from '../../lib/i18n';
import type { DayRow } from '../../lib/progress';

/** The rows of the week's table: what each day counts (`label`, the key of its name), written as `locale` writes numbers. */
export const WEEK_METRICS: readonly { label: MessageKey; value: (r: DayRow, locale: string) => string }[] = [
  { label: 'progress.week.completed', value: (r, l) => numberText(r.completed, l) },
  { label: 'progress.week.partial', value: (r, l) => numberText(r.partial, l) },
  { label: 'progress.week.due', value: (r, l) => numberText(r.due, l) },
  { label: 'progress.week.taken', value: (r, l) => numberText(r.taken, l) },
  { label: 'progress.week.snoozed', value: (r, l) => numberText(r.snoozed, l) },
  { label: 'progress.week.skipped', value: (r, l) => numberText(r.skipped, l) },
  { label: 'progress.week.natural', value: (r, l) => numberText(r.natural, l) },
  { label: 'progress.week.activeHours', value: (r, l) => hoursText(r.activeMinutes, l) },
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
  const lang = uiLanguage();
  return (
    <div class="table-scroll" role="region" aria-labelledby="week-caption" tabIndex={0}>
      <table class="week-table" data-testid="week-table">
        <caption id="week-caption" class="visually-hidden">
          {t('progress.week.caption')}
        </caption>
        <thead>
          <tr>
            <td />
            {week.map((r) => {
              const isToday = r.day === today;
              return (
                <th key={r.day} scope="col" class={isToday ? 'today' : r.day > today ? 'future' : undefined} aria-current={isToday ? 'date' : undefined}>
                  <span>{weekdayName(r.day, lang)}</span>
                  <span>{dayOfMonth(r.day, lang)}</span>
                  {isToday ? <span class="tag today-tag">{t('progress.week.today')}</span> : null}
                  {hoursOn && !r.workingDay ? <span class="tag">{t('progress.week.off')}</span> : null}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {WEEK_METRICS.map((m) => (
            <tr key={m.label}>
              <th scope="row">{t(m.label)}</th>
              {week.map((r) => (
                <td key={r.day} class={r.day === today ? 'today' : undefined}>
                  {r.day > today ? <span aria-hidden="true">–</span> : m.value(r, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
