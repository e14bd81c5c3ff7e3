import { SCORE_MAX, SCORE_MIN } from './checkin';
import { dayMonth, numberText } from './day-format';
import { msg } from './i18n';
import { phrase, type Phrase } from './phrase';
import { routinesPerDay, type DayRow } from './progress';
import { dayStart } from './time';

// The eight-week chart, as numbers: what it shows of each day, and where each mark goes.
// Pure, so the chart, its table and the tests all read the same figures.

/** One day as the chart draws it, and as its table lists it. */
export interface ChartDay {
  /** YYYY-MM-DD. */
  day: string;
  /** Routines completed: the bar. */
  routines: number;
  /** The check-in score (0–10): the point; null where there was none (a gap in the line). */
  score: number | null;
}

/** The chart's data: every day of `rows`, oldest first. */
export function chartDays(rows: readonly DayRow[]): ChartDay[] {
  return rows.map((r) => ({ day: r.day, routines: r.completed, score: r.checkIn?.score ?? null }));
}

/**
 * The chart in words (its text alternative): the span, the routines and the check-ins,
 * dates and numbers as `locale` writes them; null for no days at all.
 */
export function chartSummary(rows: readonly DayRow[], locale: string): Phrase | null {
  const days = chartDays(rows);
  if (!days.length) return null;
  const num = (n: number) => numberText(n, locale);
  const total = days.reduce((sum, d) => sum + d.routines, 0);
  const scores = days.flatMap((d) => (d.score === null ? [] : [d.score]));
  const subs = { from: dayMonth(days[0].day, locale), to: dayMonth(days[days.length - 1].day, locale), perDay: num(routinesPerDay(rows)) };
  const routines = msg('progress.chart.routines', { n: num(total) }, total);
  if (!scores.length) return phrase('progress.chart.summaryNoCheckIns', { ...subs, routines });
  return phrase('progress.chart.summary', {
    ...subs,
    first: num(scores[0]),
    last: num(scores[scores.length - 1]),
    routines,
    checkIns: msg('progress.chart.checkIns', { n: num(scores.length) }, scores.length),
  });
}

export interface Bar {
  day: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ScorePoint {
  day: string;
  score: number;
  x: number;
  y: number;
}

export interface Tick {
  value: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** One per day with at least one routine. */
  bars: Bar[];
  /** One per day with a check-in. */
  points: ScorePoint[];
  /** SVG path data joining check-ins of consecutive days; a day without one leaves a gap. */
  lines: string[];
  /** Shared grid lines: routines on the left axis, scores on the right. */
  routineTicks: Tick[];
  scoreTicks: Tick[];
  /** Labelled days along the time axis (Mondays, thinned out where space is short). */
  dayTicks: { day: string; x: number }[];
}

/** Room for the axis labels around the plot, in px. */
const MARGIN = { left: 30, right: 30, top: 12, bottom: 26 };
/** The narrowest spacing between two time-axis labels, in px. */
const MIN_LABEL_GAP = 56;

/**
 * The left axis's top: at least 4, and even, so its middle grid line is a whole number
 * and the three grid lines (0, middle, top) serve both axes (the score's are 0, 5 and 10).
 */
export function routineAxisMax(days: readonly ChartDay[]): number {
  const most = Math.max(4, ...days.map((d) => d.routines));
  return Math.ceil(most / 2) * 2;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Where every mark of the chart goes, for a chart `width` × `height` px. */
export function chartLayout(days: readonly ChartDay[], width: number, height: number): ChartLayout {
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const slot = (plot.right - plot.left) / Math.max(1, days.length);
  const barWidth = round(Math.max(1, slot * 0.7));
  const top = routineAxisMax(days);
  const yOf = (fraction: number) => round(plot.bottom - fraction * (plot.bottom - plot.top));
  const centre = (i: number) => round(plot.left + slot * (i + 0.5));

  const bars: Bar[] = [];
  const points: ScorePoint[] = [];
  const lines: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) lines.push(`M${run.join('L')}`);
    run = [];
  };
  days.forEach((d, i) => {
    if (d.routines > 0) {
      const y = yOf(d.routines / top);
      bars.push({ day: d.day, value: d.routines, x: round(centre(i) - barWidth / 2), y, width: barWidth, height: round(plot.bottom - y) });
    }
    if (d.score === null) {
      endRun();
      return;
    }
    const point = { day: d.day, score: d.score, x: centre(i), y: yOf((d.score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)) };
    points.push(point);
    run.push(`${point.x} ${point.y}`);
  });
  endRun();

  const mondays = days.map((d, i) => ({ day: d.day, x: centre(i) })).filter((d) => new Date(dayStart(d.day)).getDay() === 1);
  const every = Math.max(1, Math.ceil(MIN_LABEL_GAP / (slot * 7)));
  // Thinned from the latest Monday back, so the most recent week always has its label.
  const dayTicks = mondays.filter((_, i) => (mondays.length - 1 - i) % every === 0);

  const fractions = [0, 0.5, 1];
  return {
    width,
    height,
    plot,
    bars,
    points,
    lines,
    routineTicks: fractions.map((f) => ({ value: top * f, y: yOf(f) })),
    scoreTicks: fractions.map((f) => ({ value: SCORE_MIN + (SCORE_MAX - SCORE_MIN) * f, y: yOf(f) })),
    dayTicks,
  };
}
