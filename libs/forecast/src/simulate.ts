import { segmentAt, type ChildPath } from './child-paths';
import { transitionIndex, type Entrant, type Rates } from './estimate';
import { exponential, type Random } from './random';
import { BAND_COUNT, CHILDRENS_HOMES, EXIT, FOSTER, GROUP_COUNT, bandAt } from './states';

/** What an analyst may try (docs/forecast.md §4). */
export interface Scenario {
  /** Entries into care up or down by this percentage (-100 to 1000). @defaultValue 0 */
  readonly entryRateChange?: number;
  /**
   * This percentage (0 to 100) of moves into children's homes, and of entries into care in a
   * children's home, go to foster care instead. @defaultValue 0
   */
  readonly residentialToFoster?: number;
}

export interface SimulationInput {
  readonly paths: readonly ChildPath[];
  /** Day number of the origin: the state on that day is where every run starts. */
  readonly origin: number;
  /** Day numbers of the forecast points, ascending, after the origin. */
  readonly points: readonly number[];
  readonly rates: Rates;
  readonly scenario?: Scenario;
  readonly runs: number;
  readonly random: Random;
}

/** The runs' counts: `[run][point][group]` and `[run][point][band]`, flattened. */
export interface Simulation {
  readonly runs: number;
  readonly points: number;
  readonly byGroup: Int32Array;
  readonly byBand: Int32Array;
  /** Placement days in each month up to each point, summed over runs: `[point][group]`. */
  readonly days: Float64Array;
}

const DESTINATIONS = GROUP_COUNT + 1;

/** The hazards with the scenario's share of moves into children's homes sent to foster care. */
function scenarioHazards(rates: Rates, scenario: Scenario): Float64Array {
  const hazards = Float64Array.from(rates.hazards);
  const share = (scenario.residentialToFoster ?? 0) / 100;
  if (share === 0) return hazards;
  for (let band = 0; band < BAND_COUNT; band++) {
    for (let group = 0; group < GROUP_COUNT; group++) {
      if (group === CHILDRENS_HOMES) continue;
      const into = transitionIndex(band, group, CHILDRENS_HOMES);
      const shifted = hazards[into] * share;
      hazards[into] -= shifted;
      // From foster care, a move not made to a children's home is a stay in foster care.
      if (group !== FOSTER) hazards[transitionIndex(band, group, FOSTER)] += shifted;
    }
  }
  return hazards;
}

/** Runs children through the chain, one run at a time, counting the state at each point. */
class Runner {
  private readonly totals = new Float64Array(BAND_COUNT * GROUP_COUNT);
  private readonly end: number;
  private run = 0;
  readonly byGroup: Int32Array;
  readonly byBand: Int32Array;
  readonly days: Float64Array;

  constructor(
    private readonly input: SimulationInput,
    private readonly hazards: Float64Array,
  ) {
    for (let state = 0; state < BAND_COUNT * GROUP_COUNT; state++) {
      let total = 0;
      for (let d = 0; d < DESTINATIONS; d++) total += hazards[state * DESTINATIONS + d];
      this.totals[state] = total;
    }
    const { runs, points } = input;
    this.end = points[points.length - 1];
    this.byGroup = new Int32Array(runs * points.length * GROUP_COUNT);
    this.byBand = new Int32Array(runs * points.length * BAND_COUNT);
    this.days = new Float64Array(points.length * GROUP_COUNT);
  }

  startRun(run: number): void {
    this.run = run;
  }

  /**
   * One child from time `t` in `group` and `band`; `boundaries[k] + offset` are the days the
   * band changes (the last: the 18th birthday, when the child leaves).
   */
  child(t: number, group: number, band: number, boundaries: readonly number[], offset: number): void {
    const { random, points } = this.input;
    const M = points.length;
    let point = 0;
    while (point < M && points[point] < t) point++;
    for (;;) {
      const boundary = band < boundaries.length ? boundaries[band] + offset : Infinity;
      const state = band * GROUP_COUNT + group;
      let next = t + exponential(random, this.totals[state]);
      const ageing = next >= boundary;
      if (ageing) next = boundary;
      point = this.record(t, next, group, band, point);
      if (next > this.end || point >= M) return;
      t = next;
      if (ageing) {
        band++;
        if (band >= BAND_COUNT) return;
        continue;
      }
      const destination = this.destination(state);
      if (destination === EXIT) return;
      group = destination;
    }
  }

  /** Counts the child at the points in `[from, to)` and its days in each month; returns the next point. */
  private record(from: number, to: number, group: number, band: number, point: number): number {
    const { points } = this.input;
    const M = points.length;
    const base = this.run * M;
    let p = point;
    while (p < M && points[p] < to) {
      this.byGroup[(base + p) * GROUP_COUNT + group] += 1;
      this.byBand[(base + p) * BAND_COUNT + band] += 1;
      p++;
    }
    // Days in month m: the overlap of [from, to) with [points[m-1], points[m]).
    for (let m = Math.max(0, point - 1); m < M; m++) {
      const monthStart = m === 0 ? this.input.origin : points[m - 1];
      if (monthStart >= to) break;
      const overlap = Math.min(to, points[m]) - Math.max(from, monthStart);
      if (overlap > 0) this.days[m * GROUP_COUNT + group] += overlap;
    }
    return p;
  }

  private destination(state: number): number {
    let u = this.input.random() * this.totals[state];
    const base = state * DESTINATIONS;
    for (let d = 0; d < DESTINATIONS; d++) {
      u -= this.hazards[base + d];
      if (u < 0) return d;
    }
    return EXIT;
  }
}

/** Entries over `(origin, end]`: a Poisson process, each entrant copying one seen in the window. */
function runEntrants(
  runner: Runner,
  input: SimulationInput,
  perDay: number,
  share: number,
  end: number,
): void {
  const entrants: readonly Entrant[] = input.rates.entrants;
  if (entrants.length === 0 || perDay <= 0) return;
  const { random } = input;
  let t = input.origin;
  for (;;) {
    t += exponential(random, perDay);
    if (t > end) return;
    const mark = entrants[Math.min(entrants.length - 1, Math.floor(random() * entrants.length))];
    const group = mark.group === CHILDRENS_HOMES && random() < share ? FOSTER : mark.group;
    runner.child(t, group, mark.band, mark.boundaries, t);
  }
}

/**
 * Monte Carlo simulation of individual children (docs/forecast.md §3): those looked after on
 * the origin from their state that day, and new entrants from the entry process, each moving
 * between groups with the estimated hazards, changing band on its birthdays and leaving at 18.
 */
export function simulate(input: SimulationInput): Simulation {
  const scenario = input.scenario ?? {};
  const runner = new Runner(input, scenarioHazards(input.rates, scenario));
  const window = input.rates.window.to - input.rates.window.from;
  const perDay =
    window > 0
      ? (input.rates.entrants.length / window) * Math.max(0, 1 + (scenario.entryRateChange ?? 0) / 100)
      : 0;
  const share = (scenario.residentialToFoster ?? 0) / 100;
  const end = input.points[input.points.length - 1];
  const starting: { group: number; band: number; path: ChildPath }[] = [];
  for (const path of input.paths) {
    const segment = segmentAt(path, input.origin);
    if (segment) starting.push({ group: segment.group, band: bandAt(path.boundaries, input.origin), path });
  }
  for (let run = 0; run < input.runs; run++) {
    runner.startRun(run);
    for (const child of starting)
      runner.child(input.origin, child.group, child.band, child.path.boundaries, 0);
    runEntrants(runner, input, perDay, share, end);
  }
  return {
    runs: input.runs,
    points: input.points.length,
    byGroup: runner.byGroup,
    byBand: runner.byBand,
    days: runner.days,
  };
}
