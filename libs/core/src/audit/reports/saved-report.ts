import { type LocalDate } from '@ledger/domain';
import { type MeasuresReport, type ReportFilters } from '@ledger/projections';

/** The stream of reports as submitted: one `ReportSaved` event each. */
export const REPORTS_STREAM = 'ledger-reports';
export const REPORT_SAVED = 'ReportSaved';

export interface SaveReportRequest {
  readonly name: string;
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly filters?: ReportFilters;
}

/** A report kept as it was submitted: its window, filters, the position it was computed at, itself, and its checkpoint. */
export interface SavedReport {
  readonly id: string;
  readonly name: string;
  readonly window: { readonly from: LocalDate; readonly to: LocalDate };
  readonly filters: ReportFilters;
  /** The log position the report was computed at (as known at), a decimal string. */
  readonly position: string;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly report: MeasuresReport;
  /** The checkpoint taken for it: the log up to `position`, signed. */
  readonly checkpoint: {
    readonly sequence: number;
    readonly position: string;
    readonly root: string;
    readonly note: string;
  };
}

/** The list entry: everything but the report itself. */
export type SavedReportSummary = Omit<SavedReport, 'report'>;
