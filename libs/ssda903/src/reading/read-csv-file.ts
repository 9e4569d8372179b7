import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { type CsvEncoding, csvText } from './csv-text';
import type { Row, RowError } from './return';

export interface CsvFile {
  readonly columns: readonly string[];
  readonly rows: Row[];
  /** Rows whose field count differs from the header's. */
  readonly errors: RowError[];
}

/**
 * Streams a CSV file into rows keyed by its (trimmed, upper-cased) header names, keeping each
 * row's line number. Blank lines are skipped; a byte order mark is dropped. The bytes are
 * decoded and checked by {@link csvText} (a `CsvFileProblem` rejects the whole file).
 */
export async function readCsvFile(path: string, encoding: CsvEncoding = 'utf-8'): Promise<CsvFile> {
  const text = Readable.from(csvText(path, encoding));
  const parser = text.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }),
  );
  text.on('error', (error) => parser.destroy(error));
  let columns: string[] | undefined;
  const rows: Row[] = [];
  const errors: RowError[] = [];
  for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const { record, info } = chunk;
    if (!columns) {
      columns = record.map((c) => c.trim().toUpperCase());
      continue;
    }
    const row = toRow(path, info.lines, columns, record);
    if (record.length !== columns.length) {
      errors.push({
        kind: 'format',
        file: path,
        line: info.lines,
        childId: row.values.CHILD || undefined,
        reason: `has ${record.length} fields where the header has ${columns.length}`,
      });
    } else rows.push(row);
  }
  return { columns: columns ?? [], rows, errors };
}

function toRow(file: string, line: number, columns: readonly string[], record: readonly string[]): Row {
  const values: Record<string, string> = {};
  columns.forEach((c, i) => (values[c] = record[i] ?? ''));
  return { source: { file, line }, values };
}
