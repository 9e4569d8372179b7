import type { LocalDate } from '@ledger/domain';

/** A period of care, `[start, end)`; `end` is absent while it is open. */
export interface CarePeriod {
  readonly start: LocalDate;
  end?: LocalDate;
}

/** Whether the child is looked after on `day` in one of the periods. */
export const inCareOn = (periods: readonly CarePeriod[], day: LocalDate): boolean =>
  periods.some((p) => p.start <= day && (p.end === undefined || day < p.end));

/** Whether a period of care ended on or before `day`. */
export const leftCareBy = (periods: readonly CarePeriod[], day: LocalDate): boolean =>
  periods.some((p) => p.end !== undefined && p.end <= day);
