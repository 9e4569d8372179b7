/** A share with its parts; `percent` is null (never 0) on an empty denominator (docs/measures.md §0). */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null;
}

/** A count of durations in days, with their mean and median (null when the count is 0). */
export interface Days {
  readonly count: number;
  readonly meanDays: number | null;
  readonly medianDays: number | null;
}

/**
 * `numerator / denominator` to one decimal place, half away from zero, computed on integers
 * so that 12.45 rounds to 12.5 whatever binary floating point makes of it.
 */
export function roundedTenths(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  // `+ 0` turns a negative zero into zero.
  return (sign * Math.floor((20 * n + d) / (2 * d))) / 10 + 0;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : roundedTenths(100 * numerator, denominator),
  };
}

/** Counts a denominator and its numerator together, so the numerator stays a subset. */
export class RatioCounter {
  private numerator = 0;
  private denominator = 0;

  add(inNumerator: boolean): void {
    this.denominator += 1;
    if (inNumerator) this.numerator += 1;
  }

  result(): Ratio {
    return ratio(this.numerator, this.denominator);
  }
}

/** Mean (one decimal, half away from zero) and median (mean of the middle two) of whole days. */
export function days(values: readonly number[]): Days {
  if (values.length === 0) return { count: 0, meanDays: null, medianDays: null };
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { count: sorted.length, meanDays: roundedTenths(sum, sorted.length), medianDays: median };
}
