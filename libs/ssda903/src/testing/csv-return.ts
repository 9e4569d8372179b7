import { parse } from 'csv-parse/sync';
import type { CollectionYear } from '../formats/collection-year';
import type { ImportedTable } from '../formats/table-columns';
import { returnOfRows, type RowValues } from '../reading/return-of-rows';
import type { Return } from '../reading/return';

/** Rows of an inline CSV text (first line the header); blank lines and indentation are ignored. */
export function csvRows(text: string): RowValues[] {
  const records: string[][] = parse(text.trim(), { trim: true, skip_empty_lines: true });
  const [columns, ...rows] = records;
  return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.toUpperCase(), r[i] ?? ''])));
}

/** A return from inline CSV texts per table, for tests. */
export function csvReturn(
  year: CollectionYear,
  tables: Partial<Record<ImportedTable, string>>,
  label = 'test',
): Return {
  const rows: Partial<Record<ImportedTable, RowValues[]>> = {};
  for (const [table, text] of Object.entries(tables) as [ImportedTable, string][])
    rows[table] = csvRows(text);
  return returnOfRows(year, rows, label);
}
