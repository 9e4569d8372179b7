import { type CsvEncoding, csvText } from './csv-text';
import { type CsvRecord, csvRecordsOfText } from './csv-records';
import type { Row, RowError } from './return';

export type { CsvRecord } from './csv-records';

export interface CsvFile {
  readonly columns: readonly string[];
  readonly rows: Row[];
  /** Rows whose field count differs from the header's. */
  readonly errors: RowError[];
}

/**
 * Streams a CSV file's records one at a time (blank lines skipped, a byte order mark dropped,
 * values trimmed): the one parser setting both the whole-file read and the streaming import use.
 */
export function csvRecords(path: string, encoding: CsvEncoding = 'utf-8'): AsyncGenerator<CsvRecord> {
  return csvRecordsOfText(csvText(path, encoding));
}

/** The header's names, as rows are keyed: trimmed and upper-cased. */
export const headerColumns = (record: readonly string[]): string[] =>
  record.map((c) => c.trim().toUpperCase());

/** The error of a record whose field count is not the header's, or undefined when it fits. */
export function fieldCountError(
  path: string,
  line: number,
  columns: readonly string[],
  record: readonly string[],
): RowError | undefined {
  if (record.length === columns.length) return undefined;
  const child = record[columns.indexOf('CHILD')];
  return {
    kind: 'format',
    file: path,
    line,
    childId: columns.includes('CHILD') && child ? child : undefined,
    reason: `has ${record.length} fields where the header has ${columns.length}`,
  };
}

/**
 * Streams a CSV file into rows keyed by its (trimmed, upper-cased) header names, keeping each
 * row's line number. Blank lines are skipped; a byte order mark is dropped. The bytes are
 * decoded and checked by {@link csvText} (a `CsvFileProblem` rejects the whole file).
 */
export async function readCsvFile(path: string, encoding: CsvEncoding = 'utf-8'): Promise<CsvFile> {
  let columns: string[] | undefined;
  const rows: Row[] = [];
  const errors: RowError[] = [];
  for await (const { record, line } of csvRecords(path, encoding)) {
    if (!columns) {
      columns = headerColumns(record);
      continue;
    }
    const error = fieldCountError(path, line, columns, record);
    if (error) errors.push(error);
    else rows.push(toRow(path, line, columns, record));
  }
  return { columns: columns ?? [], rows, errors };
}

function toRow(file: string, line: number, columns: readonly string[], record: readonly string[]): Row {
  const values: Record<string, string> = {};
  columns.forEach((c, i) => (values[c] = record[i] ?? ''));
  return { source: { file, line }, values };
}
