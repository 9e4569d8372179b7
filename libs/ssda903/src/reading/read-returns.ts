import { basename, dirname } from 'node:path';
import { collectionYearInName, type CollectionYear } from '../formats/collection-year';
import { recogniseTable } from '../formats/recognise-table';
import { isImportedTable, type TableName } from '../formats/table-columns';
import { type CsvEncoding, CsvFileProblem } from './csv-text';
import { inferCollectionYear } from './infer-year';
import { listCsvFiles } from './list-csv-files';
import { readCsvFile } from './read-csv-file';
import {
  emptyTables,
  type FileError,
  type Return,
  type ReturnFile,
  type Row,
  type RowError,
  type YearSource,
} from './return';

/** Why a file whose year nothing tells is refused. */
export const NO_YEAR = 'no collection year: name the file or its folder like 2023-24, or give the year';

/** Why an import of files none of which is a table the ledger imports is refused. */
export const NO_903_FILE =
  'no 903 file to import: none is a header, episodes, uasc, ad1, placed_adoption or oc3 table';

export interface ReadReturnsOptions {
  /** The collection year of every file, overriding names and dates. */
  readonly year?: CollectionYear;
  /** How the files' bytes are decoded. @defaultValue 'utf-8' (checked: other bytes refuse the file) */
  readonly encoding?: CsvEncoding;
}

export interface ReadReturnsResult {
  /** One per collection year found, oldest first. */
  readonly returns: Return[];
  /** Every file read, imported or recognised and ignored. */
  readonly files: ReturnFile[];
  /** Files refused: not a 903 table, unreadable, or no way to tell their year. */
  readonly fileErrors: FileError[];
  /** Rows that could not be split into the header's columns. */
  readonly rowErrors: RowError[];
}

interface ReadFile {
  readonly path: string;
  readonly table: TableName;
  readonly rows: Row[];
  year?: CollectionYear;
  yearSource?: YearSource;
}

/**
 * Reads 903 CSV files (files, or folders searched for `*.csv`) into one return per collection
 * year. A file's table is recognised by its exact column set; tables other than header,
 * episodes, uasc, ad1, placed_adoption and oc3 are recognised and ignored.
 *
 * A file's year is, in order: `options.year`; a year in the file name (`2023-24`, `2023_24`,
 * `202324`, or `2024` meaning the year ending March 2024); the same in its folder's name; else
 * the year containing the latest event date (DECOM, DEC, DATE_INT...) of all the files of that
 * folder that have no year in their names.
 */
export async function readReturns(
  paths: readonly string[],
  options: ReadReturnsOptions = {},
): Promise<ReadReturnsResult> {
  const listed = await listCsvFiles(paths);
  const fileErrors: FileError[] = [...listed.errors];
  const rowErrors: RowError[] = [];
  const read: ReadFile[] = [];
  for (const path of listed.files) {
    try {
      const csv = await readCsvFile(path, options.encoding);
      const recognised = recogniseTable(csv.columns);
      if (!recognised.ok) {
        fileErrors.push({ file: path, reason: recognised.reason });
        continue;
      }
      rowErrors.push(...csv.errors);
      read.push({ path, table: recognised.table, rows: csv.rows, ...yearFromName(path, options.year) });
    } catch (error) {
      const reason = (error as Error).message;
      fileErrors.push({
        file: path,
        reason: error instanceof CsvFileProblem ? reason : `cannot be read as CSV: ${reason}`,
      });
    }
  }
  if (fileErrors.length === 0 && !read.some((f) => isImportedTable(f.table)))
    fileErrors.push({ file: paths.join(', '), reason: NO_903_FILE });
  inferMissingYears(read, fileErrors);
  return { ...groupByYear(read.filter((f) => f.year !== undefined)), fileErrors, rowErrors };
}

/** A file's year from `--year`, its name or its folder's name; empty when none says it. */
export function yearFromName(path: string, given?: CollectionYear): Pick<ReadFile, 'year' | 'yearSource'> {
  if (given) return { year: given, yearSource: 'given' };
  const fromFile = collectionYearInName(basename(path));
  if (fromFile) return { year: fromFile, yearSource: 'file name' };
  const fromFolder = collectionYearInName(basename(dirname(path)));
  return fromFolder ? { year: fromFolder, yearSource: 'folder name' } : {};
}

function inferMissingYears(read: ReadFile[], fileErrors: FileError[]): void {
  const byFolder = new Map<string, ReadFile[]>();
  for (const file of read.filter((f) => f.year === undefined)) {
    const folder = dirname(file.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  for (const files of byFolder.values()) {
    const year = inferCollectionYear(files.flatMap((f) => f.rows));
    for (const file of files) {
      if (year) Object.assign(file, { year, yearSource: 'dates' });
      else
        fileErrors.push({
          file: file.path,
          reason: NO_YEAR,
        });
    }
  }
}

function groupByYear(read: readonly ReadFile[]): Pick<ReadReturnsResult, 'returns' | 'files'> {
  const byYear = new Map<CollectionYear, { tables: ReturnType<typeof emptyTables>; files: ReturnFile[] }>();
  const files: ReturnFile[] = [];
  for (const file of read) {
    const year = file.year!;
    const entry = byYear.get(year) ?? { tables: emptyTables(), files: [] };
    byYear.set(year, entry);
    const imported = isImportedTable(file.table);
    if (isImportedTable(file.table)) for (const row of file.rows) entry.tables[file.table].push(row);
    const info: ReturnFile = {
      path: file.path,
      table: file.table,
      year,
      yearSource: file.yearSource!,
      rows: file.rows.length,
      imported,
    };
    entry.files.push(info);
    files.push(info);
  }
  const returns = [...byYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, { tables, files: yearFiles }]) => ({ year, tables, files: yearFiles }));
  return { returns, files };
}
