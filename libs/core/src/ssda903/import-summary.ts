import { type FileError, type RowError } from '@ledger/ssda903';

/** What an import did, for the terminal, `--json` and the exit status. */
export interface ImportSummary {
  readonly importId: string;
  readonly years: readonly string[];
  readonly files: number;
  readonly children: {
    readonly inReturns: number;
    /** New to the ledger, or changed by the returns. */
    readonly imported: number;
    /** Already exactly as the returns say: nothing appended. */
    readonly unchanged: number;
    readonly skipped: number;
    /** Imported (or already up to date) with data-quality findings; not counted in `skipped`. */
    readonly withFindings: number;
    /** In the header with no episode and no OC3 row: registered, not looked after (the DfE's EPI warning). */
    readonly headerOnly: number;
  };
  /** Standing episodes read for the imported children. */
  readonly episodes: number;
  readonly events: number;
  /** Corrections: entries voided because a later return amended them. */
  readonly voided: number;
  /** Skipped children by reason (error kind). */
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly fileErrors: readonly FileError[];
  readonly rowErrors: readonly RowError[];
  /** Rows that break a DfE rule but leave the child's timeline consistent (file, line, column, rule). */
  readonly findings: readonly RowError[];
  readonly elapsedMs: number;
}

export const importFailed = (summary: ImportSummary): boolean =>
  summary.children.skipped > 0 || summary.fileErrors.length > 0 || summary.rowErrors.length > 0;
