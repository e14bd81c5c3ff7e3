import { useRef } from 'preact/hooks';
import { dayMonth, longDay } from '../../lib/day-format';
import { chartLayout, type ChartDay } from '../../lib/progress-chart';
import { useWidth } from './useWidth';

const HEIGHT = 220;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Props {
  days: readonly ChartDay[];
  /** The ids of the chart's name and its text summary. */
  labelledBy: string;
}

/**
 * Routines completed per day (bars, left axis) and the check-in score (points joined day
 * to day, right axis 0–10) on one time axis, drawn at the width it is given. Colours come
 * from the theme, so it reads in light and dark; the summary named by `labelledBy` and the
 * table view carry the same figures for those who cannot see it.
 */
export function ProgressChart({ days, labelledBy }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640);
  const c = chartLayout(days, width, HEIGHT);
  const { left, right } = c.plot;
  return (
    <div class="chart" ref={box}>
      <svg
        role="img"
        aria-labelledby={labelledBy}
        // SVG attributes are case-sensitive: `tabindex`, not `tabIndex`.
        tabindex={0}
        width={c.width}
        height={c.height}
        viewBox={`0 0 ${c.width} ${c.height}`}
        data-testid="chart"
      >
        <g class="chart-grid">
          {c.routineTicks.map((t) => (
            <line key={t.value} x1={left} x2={right} y1={t.y} y2={t.y} />
          ))}
        </g>
        <g class="chart-axis">
          {c.routineTicks.map((t) => (
            <text key={t.value} x={left - 6} y={t.y} text-anchor="end" dominant-baseline="middle">
              {t.value}
            </text>
          ))}
          {c.scoreTicks.map((t) => (
            <text key={t.value} x={right + 6} y={t.y} dominant-baseline="middle">
              {t.value}
            </text>
          ))}
          {c.dayTicks.map((t) => (
            <text key={t.day} x={t.x} y={c.height - 6} text-anchor="middle">
              {dayMonth(t.day)}
            </text>
          ))}
        </g>
        <g class="chart-bars">
          {c.bars.map((b) => (
            <rect key={b.day} x={b.x} y={b.y} width={b.width} height={b.height} data-day={b.day} data-value={b.value}>
              <title>{`${longDay(b.day)}: ${plural(b.value, 'routine', 'routines')}`}</title>
            </rect>
          ))}
        </g>
        <g class="chart-line">
          {c.lines.map((d) => (
            <path key={d} d={d} />
          ))}
        </g>
        <g class="chart-points">
          {c.points.map((p) => (
            <circle key={p.day} cx={p.x} cy={p.y} r={4} data-day={p.day} data-score={p.score}>
              <title>{`${longDay(p.day)}: check-in ${p.score} out of 10`}</title>
            </circle>
          ))}
        </g>
      </svg>
    </div>
  );
}
