import {
  DomainError,
  DomainErrorCode,
  addMonths,
  daysInMonth,
  isLocalDate,
  type LocalDate,
} from '@ledger/domain';
import type { Scenario } from './simulate';
import { FORECAST_GROUPS, type ForecastGroup } from './states';

/** What a forecast is asked for. */
export interface ForecastOptions {
  /** The effective date the forecast starts from. @defaultValue the last day the data covers */
  readonly origin?: LocalDate;
  /** @defaultValue 36 */
  readonly horizonMonths?: number;
  /** The reference window: this many months up to the origin. @defaultValue 24 */
  readonly referenceMonths?: number;
  readonly scenario?: Scenario;
  /** Simulated runs. @defaultValue 200 */
  readonly runs?: number;
  /** Seed of the simulation's generator. @defaultValue 13 */
  readonly seed?: number;
  /** A cost per placement day by group: where given, each month carries its expected cost. */
  readonly dailyCosts?: Partial<Record<ForecastGroup, number>>;
}

export const DEFAULTS = { horizonMonths: 36, referenceMonths: 24, runs: 200, seed: 13 } as const;
export const MAX_MONTHS = 120;

const invalid = (field: string, message: string): DomainError =>
  new DomainError(DomainErrorCode.VALIDATION_INVALID_VALUE, message, field);

function wholeNumber(
  field: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `${field} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function numberIn(field: string, value: number | undefined, min: number, max: number): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(field, `${field} must be a number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

export interface CheckedOptions {
  readonly horizonMonths: number;
  readonly referenceMonths: number;
  readonly runs: number;
  readonly seed: number;
  readonly scenario: Required<Scenario>;
  readonly dailyCosts?: Partial<Record<ForecastGroup, number>>;
}

/** Checks every option; throws `VALIDATION.INVALID_VALUE` naming the field. */
export function checkOptions(options: ForecastOptions): CheckedOptions {
  if (options.origin !== undefined && !isLocalDate(options.origin)) {
    throw invalid('origin', `origin is not a date (YYYY-MM-DD): ${String(options.origin)}`);
  }
  const costs = options.dailyCosts;
  if (costs !== undefined) {
    for (const [group, cost] of Object.entries(costs)) {
      if (!FORECAST_GROUPS.includes(group as ForecastGroup)) {
        throw invalid('dailyCosts', `Unknown placement group for a cost: ${group}`);
      }
      numberIn(`dailyCosts.${group}`, cost, 0, 1e7);
    }
  }
  return {
    horizonMonths: wholeNumber('horizonMonths', options.horizonMonths, DEFAULTS.horizonMonths, 1, MAX_MONTHS),
    referenceMonths: wholeNumber(
      'referenceMonths',
      options.referenceMonths,
      DEFAULTS.referenceMonths,
      1,
      MAX_MONTHS,
    ),
    runs: wholeNumber('runs', options.runs, DEFAULTS.runs, 1, 10_000),
    seed: wholeNumber('seed', options.seed, DEFAULTS.seed, 0, 2 ** 31),
    scenario: {
      entryRateChange: numberIn('entryRateChange', options.scenario?.entryRateChange, -100, 1000),
      residentialToFoster: numberIn('residentialToFoster', options.scenario?.residentialToFoster, 0, 100),
    },
    dailyCosts: costs,
  };
}

const isMonthEnd = (date: LocalDate): boolean =>
  Number(date.slice(8)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

/**
 * The day `months` after `origin`: from a month end, the month end `months` later (so monthly
 * origins give month-end points); otherwise the same day of the month, clamped.
 */
export function monthsAfter(origin: LocalDate, months: number): LocalDate {
  const day = addMonths(origin, months);
  if (!isMonthEnd(origin)) return day;
  return `${day.slice(0, 8)}${String(daysInMonth(Number(day.slice(0, 4)), Number(day.slice(5, 7)))).padStart(2, '0')}`;
}
