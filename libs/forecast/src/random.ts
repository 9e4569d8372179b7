/** A source of uniform numbers in [0, 1): the forecast draws only from one passed in. */
export type Random = () => number;

/**
 * A small seeded generator (mulberry32): the same seed gives the same forecast, so the API,
 * the CLI and a test asked the same question print the same numbers.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An exponential waiting time with this rate (per day); infinite when the rate is 0. */
export function exponential(random: Random, rate: number): number {
  return rate > 0 ? -Math.log(1 - random()) / rate : Infinity;
}
