import { useRef } from 'preact/hooks';
import { t, uiLanguage } from '../../lib/adapters/i18n';
import { dayMonth, longDay, numberText } from '../../lib/day-format';
import { chartLayout, type ChartDay } from '../../lib/progress-chart';
import { useWidth } from './useWidth';

const HEIGHT = 220;

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
  const lang = uiLanguage();
  const num = (n: number) => numberText(n, lang);
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
          {c.routineTicks.map((tick) => (
            <line key={tick.value} x1={left} x2={right} y1={tick.y} y2={tick.y} />
          ))}
        </g>
        <g class="chart-axis">
          {c.routineTicks.map((tick) => (
            <text key={tick.value} x={left - 6} y={tick.y} text-anchor="end" dominant-baseline="middle">
              {num(tick.value)}
            </text>
          ))}
          {c.scoreTicks.map((tick) => (
            <text key={tick.value} x={right + 6} y={tick.y} dominant-baseline="middle">
              {num(tick.value)}
            </text>
          ))}
          {c.dayTicks.map((tick) => (
            <text key={tick.day} x={tick.x} y={c.height - 6} text-anchor="middle">
              {dayMonth(tick.day, lang)}
            </text>
          ))}
        </g>
        <g class="chart-bars">
          {c.bars.map((b) => (
            <rect key={b.day} x={b.x} y={b.y} width={b.width} height={b.height} data-day={b.day} data-value={b.value}>
              <title>{t('progress.chart.bar', { day: longDay(b.day, lang), n: num(b.value) }, b.value)}</title>
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
              <title>{t('progress.chart.point', { day: longDay(p.day, lang), score: num(p.score) })}</title>
            </circle>
          ))}
        </g>
      </svg>
    </div>
  );
}
