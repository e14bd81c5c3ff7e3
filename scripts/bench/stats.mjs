// Small summaries for timing samples.

/** The median of `values` (the mean of the two middle ones for an even count); NaN when empty. */
export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The largest of `values`; NaN when empty. */
export function max(values) {
  return values.length ? Math.max(...values) : NaN;
}

/**
 * A figure taken in several rounds (one array of samples per round, each round in a browser
 * of its own): the median over every sample, and the lowest and highest of the rounds' own
 * medians, which shows how far one browser's figure may stray from another's.
 */
export function pooled(rounds) {
  const medians = rounds.map(median);
  return { value: median(rounds.flat()), low: Math.min(...medians), high: Math.max(...medians) };
}

/** The ratio of two figures taken in the same rounds: of their pooled medians, and the range of each round's own ratio. */
export function pooledRatio(top, bottom) {
  const ratios = top.map((samples, i) => median(samples) / median(bottom[i]));
  return { value: median(top.flat()) / median(bottom.flat()), low: Math.min(...ratios), high: Math.max(...ratios) };
}

/** Milliseconds with one decimal, e.g. "41.3 ms". */
export function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

/** A ratio with two decimals, e.g. "1.12×". */
export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

/** A pooled figure and its per-round range, the unit said once: "41.3 ms (40.8–42.0)", "**1.12×** (1.10–1.15)". */
export function spread({ value, low, high }, format, { bold = false } = {}) {
  const main = bold ? `**${format(value)}**` : format(value);
  const strip = (text) => text.replace(/\s*(ms|KB|×)$/, '');
  return `${main} (${strip(format(low))}–${strip(format(high))})`;
}
