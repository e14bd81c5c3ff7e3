import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import type { DayRow } from '../../lib/progress';
import { chartDays, chartSummary } from '../../lib/progress-chart';
import { ChartTable } from './ChartTable';
import { ProgressChart } from './ProgressChart';

interface Props {
  /** The last eight weeks, oldest first. */
  rows: readonly DayRow[];
  trend: string;
}

/** Eight weeks: the trend in one line, then the chart, or the same figures as a table. */
export function EightWeeks({ rows, trend }: Props) {
  const [asTable, setAsTable] = useState(false);
  const days = chartDays(rows);
  const summary = chartSummary(rows, uiLanguage());
  return (
    <section class="card weeks" aria-labelledby="weeks-title">
      <h2 id="weeks-title">{t('progress.weeks.title')}</h2>
      <p class="trend" data-testid="trend">
        {trend}
      </p>
      <p id="chart-summary" class="muted">
        {summary ? sayPhrase(summary) : ''}
      </p>
      <button type="button" class="toggle" aria-pressed={asTable} aria-controls="weeks-view" onClick={() => setAsTable(!asTable)}>
        {t('progress.weeks.showTable')}
      </button>
      <div id="weeks-view">
        {asTable ? (
          <ChartTable days={days} />
        ) : (
          <>
            <ProgressChart days={days} labelledBy="weeks-title chart-summary" />
            <p class="chart-legend" aria-hidden="true">
              <span>
                <span class="key key-bar" />
                {t('progress.weeks.legendRoutines')}
              </span>
              <span>
                <span class="key key-point" />
                {t('progress.weeks.legendCheckIn')}
              </span>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
