/** The forecast's band: the 5th and 95th percentiles of the runs (a 90% interval). */
export const INTERVAL = { low: 5, high: 95 } as const;

/** A figure with its uncertainty band. */
export interface Band {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p% at or below it. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** Means are given to one decimal place; the band's ends are counts of children in one run. */
export const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** The mean and band of one figure over the runs. */
export function bandOf(values: Float64Array): Band {
  let sum = 0;
  for (const value of values) sum += value;
  const sorted = Float64Array.from(values).sort();
  return {
    mean: oneDecimal(values.length === 0 ? 0 : sum / values.length),
    low: percentile(sorted, INTERVAL.low),
    high: percentile(sorted, INTERVAL.high),
  };
}
