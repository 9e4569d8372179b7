import type { ChildPath } from './child-paths';
import { BAND_COUNT, EXIT, GROUP_COUNT, bandAt } from './states';

/** Day numbers: exposure is counted over `[from, to)`, transitions and entries on `(from, to]`. */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

/** One entry into care seen in the reference window: the mark a simulated entrant copies. */
export interface Entrant {
  readonly band: number;
  readonly group: number;
  /** The entrant's band boundaries (and 18th birthday), in days after entry (earlier ones negative). */
  readonly boundaries: readonly number[];
}

/**
 * What the reference window shows, and the constant hazards it gives. Indexes: a state is
 * `band * GROUP_COUNT + group`; a transition is `state * (GROUP_COUNT + 1) + destination`,
 * destination `EXIT` meaning care ended (other than at 18).
 */
export interface Rates {
  readonly window: DayWindow;
  /** Person-days at risk by state. */
  readonly exposure: Float64Array;
  /** Transitions counted, by state and destination. */
  readonly transitions: Float64Array;
  /** Hazards per day, by state and destination (see {@link estimateRates} for empty states). */
  readonly hazards: Float64Array;
  readonly entrants: readonly Entrant[];
}

const STATES = BAND_COUNT * GROUP_COUNT;
const DESTINATIONS = GROUP_COUNT + 1;

/** Index of the transition from `band`/`group` to `destination` in {@link Rates}' arrays. */
export const transitionIndex = (band: number, group: number, destination: number): number =>
  (band * GROUP_COUNT + group) * DESTINATIONS + destination;

/** Adds the person-days of `[start, end)` to each band it spans. */
function addExposure(
  exposure: Float64Array,
  boundaries: readonly number[],
  group: number,
  start: number,
  end: number,
): void {
  let t = start;
  let band = bandAt(boundaries, t);
  while (t < end && band < BAND_COUNT) {
    const until = Math.min(end, boundaries[band]);
    exposure[band * GROUP_COUNT + group] += until - t;
    t = until;
    band++;
  }
}

function countPath(
  path: ChildPath,
  window: DayWindow,
  rates: { exposure: Float64Array; transitions: Float64Array; entrants: Entrant[] },
): void {
  const eighteen = path.boundaries[path.boundaries.length - 1];
  const { segments } = path;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (
      segment.entry &&
      segment.start > window.from &&
      segment.start <= window.to &&
      segment.start < eighteen
    ) {
      const band = bandAt(path.boundaries, segment.start);
      rates.entrants.push({
        band,
        group: segment.group,
        boundaries: path.boundaries.map((day) => day - segment.start),
      });
    }
    const start = Math.max(segment.start, window.from);
    const end = Math.min(segment.end, window.to, eighteen);
    if (end > start) addExposure(rates.exposure, path.boundaries, segment.group, start, end);
    // A change at the 18th birthday or later is the leaving age, not a hazard.
    const t = segment.end;
    if (!Number.isFinite(t) || t <= window.from || t > window.to || t >= eighteen) continue;
    const next = segments[i + 1];
    const destination = next !== undefined && !next.entry && next.start === t ? next.group : EXIT;
    const band = bandAt(path.boundaries, t - 1e-9);
    rates.transitions[transitionIndex(band, segment.group, destination)] += 1;
  }
}

/**
 * Maximum-likelihood constant hazards over the reference window: for each age band and group,
 * transitions to each destination divided by the person-days spent in that state (the
 * likelihood of a continuous-time Markov chain observed throughout is maximised there).
 * A state nobody was in during the window borrows its group's hazards pooled over every band;
 * a group nobody was in has none (its children stay until they age out).
 */
export function estimateRates(paths: Iterable<ChildPath>, window: DayWindow): Rates {
  const exposure = new Float64Array(STATES);
  const transitions = new Float64Array(STATES * DESTINATIONS);
  const entrants: Entrant[] = [];
  for (const path of paths) countPath(path, window, { exposure, transitions, entrants });
  const hazards = new Float64Array(STATES * DESTINATIONS);
  for (let group = 0; group < GROUP_COUNT; group++) {
    let pooledExposure = 0;
    const pooled = new Float64Array(DESTINATIONS);
    for (let band = 0; band < BAND_COUNT; band++) {
      pooledExposure += exposure[band * GROUP_COUNT + group];
      for (let d = 0; d < DESTINATIONS; d++) pooled[d] += transitions[transitionIndex(band, group, d)];
    }
    for (let band = 0; band < BAND_COUNT; band++) {
      const own = exposure[band * GROUP_COUNT + group];
      for (let d = 0; d < DESTINATIONS; d++) {
        const index = transitionIndex(band, group, d);
        if (own > 0) hazards[index] = transitions[index] / own;
        else if (pooledExposure > 0) hazards[index] = pooled[d] / pooledExposure;
      }
    }
  }
  return { window, exposure, transitions, hazards, entrants };
}

/** Entries per day by band and first group (`band * GROUP_COUNT + group`). */
export function entryRates(rates: Rates): Float64Array {
  const perDay = new Float64Array(STATES);
  const days = rates.window.to - rates.window.from;
  if (days <= 0) return perDay;
  for (const entrant of rates.entrants) perDay[entrant.band * GROUP_COUNT + entrant.group] += 1 / days;
  return perDay;
}
