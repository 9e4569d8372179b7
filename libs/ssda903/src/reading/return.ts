import type { CollectionYear } from '../formats/collection-year';
import type { ImportedTable, TableName } from '../formats/table-columns';

/** Where a value came from: the file and its 1-based line (the header is line 1). */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/** One CSV row, its values keyed by upper-case column name, with where it was read. */
export interface Row {
  readonly source: SourceRef;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * What kind of problem a row has: a row that does not split into the header's columns, a
 * blank required value, a bad date, an unknown code, another bad value, a key given twice in
 * a return, a broken 903 rule (no consistent timeline), a fact the imported returns cannot
 * place (history older than the oldest return), a date after today.
 */
export type RowErrorKind =
  'format' | 'missing' | 'date' | 'code' | 'value' | 'duplicate' | 'rule' | 'history' | 'future';

/** A problem with one value or row, precise enough to find and fix it. */
export interface RowError {
  readonly kind: RowErrorKind;
  readonly file: string;
  readonly line: number;
  readonly column?: string;
  /** The child the row belongs to, when it could be read. */
  readonly childId?: string;
  readonly reason: string;
  /** The DfE validation rule the row breaks, when there is one (e.g. `504`). */
  readonly rule?: string;
}

/**
 * A row that breaks a DfE content rule but leaves the child's timeline consistent: the child
 * is imported, and the row is reported as a data-quality finding (and, where the fact it
 * gives is optional, such as a care leaver contact, that fact is left out).
 */
export type Finding = RowError;

/** A file that was not read at all (not a 903 table, unreadable, unknown year). */
export interface FileError {
  readonly file: string;
  readonly reason: string;
}

/** How a file's collection year was decided. */
export type YearSource = 'given' | 'file name' | 'folder name' | 'dates';

export interface ReturnFile {
  readonly path: string;
  readonly table: TableName;
  readonly year: CollectionYear;
  readonly yearSource: YearSource;
  readonly rows: number;
  /** False for tables the ledger recognises but does not import (reviews, missing, oc2...). */
  readonly imported: boolean;
}

/** One collection year's return: the rows of every imported table (possibly from several files). */
export interface Return {
  readonly year: CollectionYear;
  readonly tables: { readonly [T in ImportedTable]: readonly Row[] };
  readonly files: readonly ReturnFile[];
}

export const emptyTables = (): { [T in ImportedTable]: Row[] } => ({
  header: [],
  episodes: [],
  uasc: [],
  ad1: [],
  placed_adoption: [],
  oc3: [],
});
