import type { LocalDate } from '@ledger/domain';
import type { CollectionYear } from '../formats/collection-year';

/** A period of care, `[start, end)`; `end` is absent while it is open. */
export interface CarePeriod {
  readonly start: LocalDate;
  end?: LocalDate;
  /** The return year its last episode was read from; absent when that episode is the ledger's. */
  lastShownIn?: CollectionYear;
}

/** The period in which the child is looked after on `day`, if any. */
export const periodOn = (periods: readonly CarePeriod[], day: LocalDate): CarePeriod | undefined =>
  periods.find((p) => p.start <= day && (p.end === undefined || day < p.end));

/** Whether the child is looked after on `day` in one of the periods. */
export const inCareOn = (periods: readonly CarePeriod[], day: LocalDate): boolean =>
  periodOn(periods, day) !== undefined;
