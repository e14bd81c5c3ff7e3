import { longDay } from '../../lib/day-format';
import type { ChartDay } from '../../lib/progress-chart';

/** The chart's figures as a table: one row a day, oldest first, exactly what the chart draws. */
export function ChartTable({ days }: { days: readonly ChartDay[] }) {
  return (
    <div class="table-scroll chart-table-box" role="region" aria-labelledby="chart-table-caption" tabIndex={0}>
      <table class="chart-table" data-testid="chart-table">
        <caption id="chart-table-caption">Routines completed and check-in score, per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Routines completed</th>
            <th scope="col">Check-in (0–10)</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day} data-day={d.day}>
              <th scope="row">{longDay(d.day)}</th>
              <td>{d.routines}</td>
              <td>
                {d.score ?? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span class="visually-hidden">none</span>
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
