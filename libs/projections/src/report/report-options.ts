import { DomainError, DomainErrorCode, isLocalDate, type LocalDate } from '@ledger/domain';
import type { AsKnownAt } from '../ledger-event-record';
import type { ChildOnDay } from './child-on-day';
import {
  AGE_BANDS,
  PLACEMENT_GROUPS,
  type AgeBand,
  type ReportFilters,
  type ReportWindow,
} from './report.types';
import { groupsOfChild } from './snapshot.measure';

/** What a report or a series is asked for. */
export interface ReportOptions {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /**
   * Echoed in the result. The timelines given must already be built as known at this moment:
   * `MeasuresReadModel` does both.
   */
  readonly asKnownAt?: AsKnownAt;
  readonly filters?: ReportFilters;
}

const invalid = (field: string, message: string): DomainError =>
  new DomainError(DomainErrorCode.VALIDATION_INVALID_VALUE, message, field);

/** Checks the window and the filters; throws `VALIDATION.INVALID_VALUE` naming the field. */
export function validateOptions(options: ReportOptions): { window: ReportWindow; filters: ReportFilters } {
  const { from, to } = options;
  if (!isLocalDate(from)) throw invalid('from', `from is not a date (YYYY-MM-DD): ${String(from)}`);
  if (!isLocalDate(to)) throw invalid('to', `to is not a date (YYYY-MM-DD): ${String(to)}`);
  if (from > to) throw invalid('from', `The window starts after it ends: from ${from} is after to ${to}`);
  const filters = options.filters ?? {};
  if (filters.placementGroup !== undefined && !PLACEMENT_GROUPS.includes(filters.placementGroup)) {
    throw invalid('placementGroup', `Unknown placement group: ${String(filters.placementGroup)}`);
  }
  if (filters.ageBand !== undefined && !AGE_BANDS.includes(filters.ageBand)) {
    throw invalid('ageBand', `Unknown age band: ${String(filters.ageBand)}`);
  }
  // Echo only the filters that are set, so the report's JSON is the same however they were passed.
  const set: { -readonly [K in keyof ReportFilters]: ReportFilters[K] } = {};
  if (filters.placementGroup !== undefined) set.placementGroup = filters.placementGroup;
  if (filters.ageBand !== undefined) set.ageBand = filters.ageBand;
  if (filters.responsibleAuthority !== undefined) set.responsibleAuthority = filters.responsibleAuthority;
  return { window: { from, to }, filters: set };
}

export function ageBandOf(age: number): AgeBand {
  if (age < 1) return 'under1';
  if (age < 5) return '1-4';
  if (age < 10) return '5-9';
  if (age < 16) return '10-15';
  return '16+';
}

const normalised = (code: string | undefined): string | undefined => code?.trim().toUpperCase();

/** Whether a child is in a report with these filters, read on the report's day. */
export function passesFilters(child: ChildOnDay, filters: ReportFilters): boolean {
  if (
    filters.responsibleAuthority !== undefined &&
    normalised(child.details?.responsibleAuthority) !== normalised(filters.responsibleAuthority)
  ) {
    return false;
  }
  if (
    filters.ageBand !== undefined &&
    (child.age === undefined || ageBandOf(child.age) !== filters.ageBand)
  ) {
    return false;
  }
  if (filters.placementGroup !== undefined && !groupsOfChild(child).includes(filters.placementGroup)) {
    return false;
  }
  return true;
}
