/** How long to wait before the n-th consecutive attempt to resubscribe (n ≥ 1). */
export type Backoff = (attempt: number) => number;

export interface ExponentialBackoffOptions {
  /** @defaultValue 100 */
  readonly initialMs?: number;
  /** @defaultValue 10000 */
  readonly maxMs?: number;
  /** @defaultValue 2 */
  readonly factor?: number;
}

/** Doubles (by default) from `initialMs` up to `maxMs`: 100, 200, 400 … 10 000 ms. */
export function exponentialBackoff({
  initialMs = 100,
  maxMs = 10_000,
  factor = 2,
}: ExponentialBackoffOptions = {}): Backoff {
  return (attempt) => Math.min(maxMs, initialMs * factor ** Math.max(0, attempt - 1));
}
