import { useState } from 'preact/hooks';
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
  return (
    <section class="card weeks" aria-labelledby="weeks-title">
      <h2 id="weeks-title">Eight weeks</h2>
      <p class="trend" data-testid="trend">
        {trend}
      </p>
      <p id="chart-summary" class="muted">
        {chartSummary(rows)}
      </p>
      <button type="button" class="toggle" aria-pressed={asTable} aria-controls="weeks-view" onClick={() => setAsTable(!asTable)}>
        Show as table
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
                Routines completed (left scale)
              </span>
              <span>
                <span class="key key-point" />
                Check-in, 0–10 (right scale)
              </span>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
