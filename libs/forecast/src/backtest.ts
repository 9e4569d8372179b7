import { type LocalDate } from '@ledger/domain';
import { asKnownAtLabel, monthEndsIn, type AsKnownAt } from '@ledger/projections';
import { segmentAt, type ChildPath } from './child-paths';
import { groupBand, simulateFrom } from './forecast';
import { coverageOf, knowledgeOf, type LedgerKnowledge, type OriginKnowledge } from './knowledge';
import { checkOptions, monthsAfter, type ForecastOptions } from './options';
import { FORECAST_GROUPS, GROUP_COUNT, dayNumber, type ForecastGroup } from './states';
import { INTERVAL, oneDecimal, type Band } from './summary';

/** The horizons every backtest scores, in months. */
export const BACKTEST_HORIZONS: readonly number[] = [3, 6, 12, 24];

/** One origin's forecast at one horizon beside what happened. */
export interface BacktestPoint {
  readonly months: number;
  readonly date: LocalDate;
  readonly forecast: Readonly<Record<ForecastGroup, Band>>;
  /** The stock on `date`, as the ledger knows it at the backtest's moment. */
  readonly actual: Readonly<Record<ForecastGroup, number>>;
  /** The no-change forecast: the stock on the origin, as known at the origin's knowledge. */
  readonly noChange: Readonly<Record<ForecastGroup, number>>;
}

export interface BacktestOrigin {
  readonly origin: LocalDate;
  /** The knowledge used: a position (decimal) or an instant. */
  readonly knownAt: string;
  readonly source: OriginKnowledge['source'];
  readonly importId?: string;
  readonly points: readonly BacktestPoint[];
}

/** The scores of one horizon over every origin it could be scored at. */
export interface HorizonScore {
  readonly months: number;
  readonly origins: number;
  /** Mean absolute error over origins and groups, divided by the no-change forecast's. */
  readonly mase: number | null;
  /** Mean absolute percentage error by group, over the origins where the actual is not 0. */
  readonly mapeByGroup: Readonly<Record<ForecastGroup, number | null>>;
  /** Mean of (forecast − actual) children looked after in total: positive forecasts too many. */
  readonly bias: number | null;
  /** The share of (origin, group) pairs whose actual lies inside the band. */
  readonly coverage: number | null;
}

export interface Backtest {
  readonly asKnownAt: string | null;
  readonly referenceMonths: number;
  readonly runs: number;
  readonly interval: typeof INTERVAL;
  readonly origins: readonly BacktestOrigin[];
  readonly horizons: readonly HorizonScore[];
}

export interface BacktestInput {
  /** Every child's path as known at the backtest's moment: "what happened". */
  readonly actual: readonly ChildPath[];
  readonly knowledge: LedgerKnowledge;
  /** The children's paths as known at an earlier moment (the caller may cache). */
  readonly pathsAt: (asKnownAt: AsKnownAt) => readonly ChildPath[];
  readonly asKnownAt?: AsKnownAt;
}

const keyed = <V>(value: (g: number) => V): Record<ForecastGroup, V> =>
  Object.fromEntries(FORECAST_GROUPS.map((group, g) => [group, value(g)])) as Record<ForecastGroup, V>;

/** The stock by group on `day`. */
export function stockOn(paths: readonly ChildPath[], day: LocalDate): number[] {
  const t = dayNumber(day);
  const counts = new Array<number>(GROUP_COUNT).fill(0);
  for (const path of paths) {
    const segment = segmentAt(path, t);
    if (segment) counts[segment.group] += 1;
  }
  return counts;
}

/** The monthly origins a backtest can score: a reference window of data before, three months after. */
export function backtestOrigins(input: BacktestInput, referenceMonths: number): LocalDate[] {
  const coverage = coverageOf(input.actual, input.knowledge);
  if (coverage.start === undefined || coverage.end === undefined) return [];
  const first = monthsAfter(coverage.start, referenceMonths);
  return monthEndsIn(first, coverage.end).filter(
    (origin) => monthsAfter(origin, BACKTEST_HORIZONS[0]) <= coverage.end!,
  );
}

function scoreHorizon(months: number, origins: readonly BacktestOrigin[]): HorizonScore {
  let absolute = 0;
  let noChange = 0;
  let inside = 0;
  let pairs = 0;
  let bias = 0;
  const percentage = FORECAST_GROUPS.map(() => ({ sum: 0, n: 0 }));
  let n = 0;
  for (const origin of origins) {
    const point = origin.points.find((p) => p.months === months);
    if (!point) continue;
    n += 1;
    FORECAST_GROUPS.forEach((group, g) => {
      const forecast = point.forecast[group];
      const actual = point.actual[group];
      absolute += Math.abs(forecast.mean - actual);
      noChange += Math.abs(point.noChange[group] - actual);
      bias += forecast.mean - actual;
      pairs += 1;
      if (forecast.low <= actual && actual <= forecast.high) inside += 1;
      if (actual > 0) {
        percentage[g].sum += Math.abs(forecast.mean - actual) / actual;
        percentage[g].n += 1;
      }
    });
  }
  return {
    months,
    origins: n,
    mase: noChange > 0 ? Math.round((absolute / noChange) * 1000) / 1000 : null,
    mapeByGroup: keyed((g) =>
      percentage[g].n > 0 ? oneDecimal((100 * percentage[g].sum) / percentage[g].n) : null,
    ),
    bias: n > 0 ? oneDecimal(bias / n) : null,
    coverage: pairs > 0 ? Math.round((inside / pairs) * 1000) / 1000 : null,
  };
}

/**
 * The backtest of docs/forecast.md §5: for each month-end origin, the forecast made from what
 * the ledger first knew of that day (`knowledgeOf`), scored at 3, 6, 12 and 24 months against
 * the stock the ledger now shows. Origins the ledger never saw as they happened are left out.
 */
export function backtest(input: BacktestInput, options: BacktestOptions = {}): Backtest {
  const steps = backtestSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export type BacktestOptions = Pick<ForecastOptions, 'referenceMonths' | 'runs' | 'seed'>;

/**
 * {@link backtest} one origin at a time: the generator yields after each origin and returns the
 * result, so that a server can let other work run between origins.
 */
export function* backtestSteps(
  input: BacktestInput,
  options: BacktestOptions = {},
): Generator<void, Backtest> {
  const checked = checkOptions(options);
  const coverageEnd = coverageOf(input.actual, input.knowledge).end;
  const cache = new Map<string, readonly ChildPath[]>();
  const origins: BacktestOrigin[] = [];
  for (const origin of backtestOrigins(input, checked.referenceMonths)) {
    const knowledge = knowledgeOf(origin, input.knowledge);
    if (!knowledge) continue;
    let paths = cache.get(knowledge.label);
    if (!paths) {
      paths = input.pathsAt(knowledge.asKnownAt);
      cache.set(knowledge.label, paths);
    }
    // Every horizon is simulated, observable or not, so that an origin's forecast does not
    // depend on how far the data now reaches (the runs draw the same numbers).
    const dates = BACKTEST_HORIZONS.map((h) => monthsAfter(origin, h));
    const simulation = simulateFrom(paths, origin, dates, {
      ...checked,
      seed: checked.seed + dayNumber(origin),
    });
    const horizons = BACKTEST_HORIZONS.filter((_, point) => dates[point] <= coverageEnd!);
    const noChange = stockOn(paths, origin);
    origins.push({
      origin,
      knownAt: knowledge.label,
      source: knowledge.source,
      ...(knowledge.importId === undefined ? {} : { importId: knowledge.importId }),
      points: horizons.map((months, point) => {
        const actual = stockOn(input.actual, dates[point]);
        return {
          months,
          date: dates[point],
          forecast: keyed((g) => groupBand(simulation, point, g)),
          actual: keyed((g) => actual[g]),
          noChange: keyed((g) => noChange[g]),
        };
      }),
    });
    yield;
  }
  return {
    asKnownAt: asKnownAtLabel(input.asKnownAt),
    referenceMonths: checked.referenceMonths,
    runs: checked.runs,
    interval: INTERVAL,
    origins,
    horizons: BACKTEST_HORIZONS.map((months) => scoreHorizon(months, origins)),
  };
}
