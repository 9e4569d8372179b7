import {
  DomainError,
  DomainErrorCode,
  addDays,
  addMonths,
  isLocalDate,
  type LocalDate,
} from '@ledger/domain';
import { ageOnDay } from '../timeline/timeline.queries';
import type { ChildTimeline } from '../timeline/timeline.types';
import type { AnnexAList, AnnexAListNumber, AnnexAOptions, AnnexARow } from './annex-a.types';

/**
 * The columns every list starts with (Annex A's common columns). Disability, allocated team and
 * allocated worker are not held by the ledger.
 */
export const IDENTITY_COLUMNS = ['childId', 'gender', 'ethnicity', 'dateOfBirth', 'age'] as const;

/** The inspection date, checked; throws `VALIDATION.INVALID_VALUE` naming `date`. */
export function inspectionDate(options: AnnexAOptions): LocalDate {
  const date: unknown = options.date;
  if (!isLocalDate(date)) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      `The inspection date is not a date (YYYY-MM-DD): ${String(date)}`,
      'date',
    );
  }
  return date;
}

/** The first day of the 12 months ending on `date`: `date − 12 months + 1 day` (as docs/measures.md §2b). */
export const twelveMonthsEndingOn = (date: LocalDate): LocalDate => addDays(addMonths(date, -12), 1);

/**
 * The common columns. Sex, ethnicity and date of birth come from the latest standing details, as
 * in the measures: a corrected value applies to every day. Gender is the 903 SEX code (M, F, U).
 */
export function identityOf(timeline: ChildTimeline, date: LocalDate): AnnexARow {
  const details = timeline.details;
  return {
    childId: timeline.childId,
    gender: details?.sex ?? null,
    ethnicity: details?.ethnicity ?? null,
    dateOfBirth: details?.dateOfBirth ?? null,
    age: details ? ageOnDay(details.dateOfBirth, date) : null,
  };
}

/** Index of the period of care covering `day`, else of the last one started before it; -1 if none. */
export function currentOrLastPeriod(timeline: ChildTimeline, day: LocalDate): number {
  const periods = timeline.periods;
  for (let i = periods.length - 1; i >= 0; i--) {
    if (periods[i].start <= day) return i;
  }
  return -1;
}

/** The list: every row carries exactly `columns`, in order, and rows are sorted by `childId`. */
export function annexAListOf<N extends AnnexAListNumber>(
  list: N,
  date: LocalDate,
  columns: readonly string[],
  rows: readonly AnnexARow[],
): AnnexAList<N> {
  const byChild = [...rows].sort((a, b) => compareIds(String(a.childId), String(b.childId)));
  return {
    list,
    date,
    columns: [...columns],
    rows: byChild.map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null]))),
  };
}

// Code-point order: the same on every machine, whatever the locale.
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
