import { type LocalDate } from '@ledger/domain';
import { type MeasuresReport, type ReportFilters } from '@ledger/projections';
import { Query } from '@nestjs/cqrs';
import { type AsKnownAt } from '../as-known-at';

export interface MeasuresRequest {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly asKnownAt?: AsKnownAt;
  readonly filters?: ReportFilters;
}

/** The report of docs/measures.md §9 for a window, as known at a moment. */
export class GetMeasuresQuery extends Query<MeasuresReport> {
  constructor(readonly request: MeasuresRequest) {
    super();
  }
}
