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
  readonly elapsedMs: number;
}

export const importFailed = (summary: ImportSummary): boolean =>
  summary.children.skipped > 0 || summary.fileErrors.length > 0 || summary.rowErrors.length > 0;
