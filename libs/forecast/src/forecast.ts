import { DomainError, DomainErrorCode, addMonths, type LocalDate } from '@ledger/domain';
import { asKnownAtLabel, type AgeBand, type AsKnownAt } from '@ledger/projections';
import type { ChildPath } from './child-paths';
import { estimateRates, type Rates } from './estimate';
import { coverageOf, type LedgerKnowledge } from './knowledge';
import { checkOptions, monthsAfter, type CheckedOptions, type ForecastOptions } from './options';
import { seededRandom } from './random';
import { simulate, type Scenario, type Simulation } from './simulate';
import {
  BAND_COUNT,
  FORECAST_AGE_BANDS,
  FORECAST_GROUPS,
  GROUP_COUNT,
  dayNumber,
  type ForecastGroup,
} from './states';
import { INTERVAL, bandOf, oneDecimal, type Band } from './summary';

/** One month of the forecast: the stock on its day, and the placement days of the month to it. */
export interface ForecastMonth {
  /** The day counted: `months` after the origin (month ends from a month-end origin). */
  readonly month: LocalDate;
  readonly total: Band;
  readonly byGroup: Readonly<Record<ForecastGroup, Band>>;
  readonly byAgeBand: Readonly<Record<AgeBand, Band>>;
  /** Expected placement days in the month up to `month`, by group. */
  readonly placementDays: Readonly<Record<ForecastGroup, number>>;
  /** Expected cost of those days, where a daily cost is configured for the group. */
  readonly cost?: {
    readonly total: number;
    readonly byGroup: Readonly<Partial<Record<ForecastGroup, number>>>;
  };
}

export interface Forecast {
  readonly origin: LocalDate;
  readonly asKnownAt: string | null;
  readonly referenceWindow: { readonly from: LocalDate; readonly to: LocalDate };
  readonly horizonMonths: number;
  readonly months: readonly ForecastMonth[];
  readonly method: {
    readonly runs: number;
    readonly seed: number;
    /** The band's percentiles of the runs. */
    readonly interval: typeof INTERVAL;
    readonly scenario: Required<Scenario>;
  };
}

/** What a forecast is made from: the children's paths as known at one moment. */
export interface ForecastInput {
  readonly paths: readonly ChildPath[];
  readonly knowledge?: LedgerKnowledge;
  /** Echoed; the paths must already be as known then. */
  readonly asKnownAt?: AsKnownAt;
}

const keyed = <K extends string, V>(keys: readonly K[], value: (index: number) => V): Record<K, V> =>
  Object.fromEntries(keys.map((key, index) => [key, value(index)])) as Record<K, V>;

/** The default origin: the last day the ledger's data covers. */
export function defaultOrigin(input: ForecastInput): LocalDate {
  const end = coverageOf(input.paths, input.knowledge ?? { imports: [] }).end;
  if (end === undefined) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      'The ledger holds no care to forecast from (as known then): give an origin',
      'origin',
    );
  }
  return end;
}

/** The reference window before `origin`: exposure over `[from, origin)`, events on `(from, origin]`. */
export function referenceWindowOf(origin: LocalDate, months: number): { from: LocalDate; to: LocalDate } {
  return { from: addMonths(origin, -months), to: origin };
}

/** Rates over the reference window before `origin`. */
export function ratesAt(paths: readonly ChildPath[], origin: LocalDate, referenceMonths: number): Rates {
  const window = referenceWindowOf(origin, referenceMonths);
  return estimateRates(paths, { from: dayNumber(window.from), to: dayNumber(window.to) });
}

/** Runs the simulation from `origin` to the given points. */
export function simulateFrom(
  paths: readonly ChildPath[],
  origin: LocalDate,
  points: readonly LocalDate[],
  options: Pick<CheckedOptions, 'referenceMonths' | 'runs' | 'seed' | 'scenario'>,
): Simulation {
  return simulate({
    paths,
    origin: dayNumber(origin),
    points: points.map(dayNumber),
    rates: ratesAt(paths, origin, options.referenceMonths),
    scenario: options.scenario,
    runs: options.runs,
    random: seededRandom(options.seed),
  });
}

/** The band of group `group` at point `point` over the runs. */
export function groupBand(simulation: Simulation, point: number, group: number): Band {
  const values = new Float64Array(simulation.runs);
  for (let run = 0; run < simulation.runs; run++) {
    values[run] = simulation.byGroup[(run * simulation.points + point) * GROUP_COUNT + group];
  }
  return bandOf(values);
}

function monthOf(
  simulation: Simulation,
  point: number,
  month: LocalDate,
  costs: CheckedOptions['dailyCosts'],
): ForecastMonth {
  const { runs, points } = simulation;
  const total = new Float64Array(runs);
  const bands = Array.from({ length: BAND_COUNT }, () => new Float64Array(runs));
  for (let run = 0; run < runs; run++) {
    const base = run * points + point;
    for (let g = 0; g < GROUP_COUNT; g++) total[run] += simulation.byGroup[base * GROUP_COUNT + g];
    for (let b = 0; b < BAND_COUNT; b++) bands[b][run] = simulation.byBand[base * BAND_COUNT + b];
  }
  const days = (g: number): number => simulation.days[point * GROUP_COUNT + g] / runs;
  const result: ForecastMonth = {
    month,
    total: bandOf(total),
    byGroup: keyed(FORECAST_GROUPS, (g) => groupBand(simulation, point, g)),
    byAgeBand: keyed(FORECAST_AGE_BANDS, (b) => bandOf(bands[b])),
    placementDays: keyed(FORECAST_GROUPS, (g) => oneDecimal(days(g))),
  };
  if (costs === undefined) return result;
  const byGroup: Partial<Record<ForecastGroup, number>> = {};
  let sum = 0;
  FORECAST_GROUPS.forEach((group, g) => {
    const cost = costs[group];
    if (cost === undefined) return;
    byGroup[group] = Math.round(days(g) * cost);
    sum += days(g) * cost;
  });
  return { ...result, cost: { total: Math.round(sum), byGroup } };
}

/**
 * The forecast of docs/forecast.md: hazards and entry rates estimated over the reference
 * window before the origin, then simulated child by child from the state on the origin, month
 * by month over the horizon. Throws `VALIDATION.INVALID_VALUE` naming a bad option.
 */
export function forecast(input: ForecastInput, options: ForecastOptions = {}): Forecast {
  const checked = checkOptions(options);
  const origin = options.origin ?? defaultOrigin(input);
  const months = Array.from({ length: checked.horizonMonths }, (_, i) => monthsAfter(origin, i + 1));
  const simulation = simulateFrom(input.paths, origin, months, checked);
  return {
    origin,
    asKnownAt: asKnownAtLabel(input.asKnownAt),
    referenceWindow: referenceWindowOf(origin, checked.referenceMonths),
    horizonMonths: checked.horizonMonths,
    months: months.map((month, point) => monthOf(simulation, point, month, checked.dailyCosts)),
    method: { runs: checked.runs, seed: checked.seed, interval: INTERVAL, scenario: checked.scenario },
  };
}
