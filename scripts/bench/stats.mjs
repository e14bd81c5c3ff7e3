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

/** Milliseconds with one decimal, e.g. "41.3 ms". */
export function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

/** A ratio with two decimals, e.g. "1.12×". */
export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}
