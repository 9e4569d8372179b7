import { addDays, type LocalDate } from '@ledger/domain';

/** Weight tables read once: the demo draws from the same constant tables millions of times. */
const TABLES = new WeakMap<object, { entries: [string, number][]; total: number }>();

/**
 * A small seeded generator (mulberry32): the same seed gives the same authority, on every
 * machine, so a demo or a benchmark can be reproduced.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let table = TABLES.get(weights);
    if (!table) {
      const entries = Object.entries<number>(weights);
      table = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
      TABLES.set(weights, table);
    }
    const entries = table.entries as [K, number][];
    let r = this.next() * table.total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** Days drawn from an exponential distribution with this mean (at least 1). */
  exponentialDays(mean: number): number {
    return Math.max(1, Math.round(-Math.log(1 - this.next()) * mean));
  }

  /** A day in `[from, from + days]`. */
  dayWithin(from: LocalDate, days: number): LocalDate {
    return addDays(from, this.int(0, days));
  }
}
