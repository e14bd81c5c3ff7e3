import { t, uiLanguage } from '../../lib/adapters/i18n';
import { longDay, numberText } from '../../lib/day-format';
import type { ChartDay } from '../../lib/progress-chart';

/** The chart's figures as a table: one row a day, oldest first, exactly what the chart draws. */
export function ChartTable({ days }: { days: readonly ChartDay[] }) {
  const lang = uiLanguage();
  return (
    <div class="table-scroll chart-table-box" role="region" aria-labelledby="chart-table-caption" tabIndex={0}>
      <table class="chart-table" data-testid="chart-table">
        <caption id="chart-table-caption">{t('progress.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.chart.tableDay')}</th>
            <th scope="col">{t('progress.chart.tableRoutines')}</th>
            <th scope="col">{t('progress.chart.tableCheckIn')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day} data-day={d.day}>
              <th scope="row">{longDay(d.day, lang)}</th>
              <td>{numberText(d.routines, lang)}</td>
              <td>
                {d.score !== null ? (
                  numberText(d.score, lang)
                ) : (
                  <>
                    <span aria-hidden="true">–</span>
                    <span class="visually-hidden">{t('progress.chart.noScore')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
