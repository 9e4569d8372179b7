import { loadavg } from 'node:os';

/** Milliseconds since `start`, from the monotonic clock. */
export const since = (start: number): number => performance.now() - start;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const rate = (events: number, ms: number): number => events / (ms / 1000);
export const count = (value: number): string => Math.round(value).toLocaleString('en-GB');
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const perSecond = (events: number, ms: number): string => `${count(rate(events, ms))} events/s`;

/** The 1, 5 and 15 minute load averages: the machine is shared, so every figure says how busy it was. */
export const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
