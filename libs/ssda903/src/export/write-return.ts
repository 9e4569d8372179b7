import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CollectionYear } from '../formats/collection-year';
import { writeCsv } from '../formats/csv-writer';
import { IMPORTED_TABLES, type ImportedTable } from '../formats/table-columns';
import type { ExportedReturn, ExportedTable } from './export-year';

/** A table as CSV text: the header row (always, even with no rows), then the rows in column order. */
export function tableToCsv(table: ExportedTable): string {
  const records = [table.columns, ...table.rows.map((row) => table.columns.map((c) => row[c] ?? ''))];
  return writeCsv(records);
}

/** The file name of a table of a year's return; the year in it lets `readReturns` tell the year. */
export const returnFileName = (year: CollectionYear, table: ImportedTable): string =>
  `SSDA903_${year}_${table}.csv`;

/** Writes the return's six CSV files into `dir` (created if needed); returns their paths. */
export async function writeReturn(
  dir: string,
  year: CollectionYear,
  tables: ExportedReturn,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const table of IMPORTED_TABLES) {
    const path = join(dir, returnFileName(year, table));
    await writeFile(path, tableToCsv(tables[table]), 'utf8');
    paths.push(path);
  }
  return paths;
}
