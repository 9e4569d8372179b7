import type { CollectionYear } from '../formats/collection-year';
import type { ImportedTable } from '../formats/table-columns';

/** Where a checked row came from: a file's line (an import), or the ledger's events (an export). */
export interface RowRef {
  readonly file?: string;
  readonly line?: number;
  /** The event that records the row (or, for an episode, the fact that started it). */
  readonly eventId?: string;
  /** For an episode: the event that ended care (DEC, REC). */
  readonly endEventId?: string;
}

/** One row of a table as a return writes it (903 text values by column), and where it came from. */
export interface CheckedRow {
  readonly values: Readonly<Record<string, string>>;
  readonly ref?: RowRef;
}

/** A year's return as the rules read it. */
export interface CheckedReturn {
  readonly year: CollectionYear;
  readonly tables: { readonly [T in ImportedTable]: readonly CheckedRow[] };
}

/** A row a rule fails, and the field it is about. */
export interface RuleHit {
  readonly table: ImportedTable;
  readonly row: CheckedRow;
  readonly field: string;
}

/** One DfE validation rule: its code and message as the DfE gives them, and its check. */
export interface DfeRule {
  readonly code: string;
  readonly message: string;
  readonly check: (ret: CheckedReturn) => RuleHit[];
}
