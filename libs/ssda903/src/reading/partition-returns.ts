import { appendFileSync, createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CollectionYear } from '../formats/collection-year';
import { recogniseTable } from '../formats/recognise-table';
import { type ImportedTable, isImportedTable, type TableName } from '../formats/table-columns';
import { CsvFileProblem } from './csv-text';
import { collectionYearOfLatest, latestEventDate } from './infer-year';
import { listCsvFiles } from './list-csv-files';
import { csvRecords, fieldCountError, headerColumns } from './read-csv-file';
import { NO_903_FILE, NO_YEAR, type ReadReturnsOptions, yearFromName } from './read-returns';
import {
  emptyTables,
  type FileError,
  type Return,
  type ReturnFile,
  type Row,
  type RowError,
  type YearSource,
} from './return';

/**
 * Bytes of CSV per partition: what one partition's rows cost in memory is some 20 to 40 times
 * this. 4 MiB rather than 8: on a 206 MB episodes file the peak fell from 1.4 to 1.2 GB at the
 * same speed (`npm run bench:import`); below that the set of child ids dominates.
 */
export const DEFAULT_PARTITION_BYTES = 4 * 1024 * 1024;
/** Lines buffered per partition before they go to its file. */
const FLUSH_BYTES = 256 * 1024;

export interface PartitionOptions extends ReadReturnsOptions {
  /** @defaultValue {@link DEFAULT_PARTITION_BYTES} */
  readonly partitionBytes?: number;
  /** Where the partition files go. @defaultValue the system's temp folder */
  readonly tempDir?: string;
}

/**
 * 903 returns read once and cut by child into partitions on disk: every row of a child, from
 * whichever file and year, is in the same partition, so the partitions can be imported one after
 * another with only one partition's rows in memory (an external hash partition: the returns of
 * one child are spread over several files and years, in no useful order).
 */
export interface PartitionedReturns {
  readonly years: readonly CollectionYear[];
  readonly files: readonly ReturnFile[];
  readonly fileErrors: readonly FileError[];
  /** Rows that could not be split into the header's columns. */
  readonly rowErrors: readonly RowError[];
  /** Distinct CHILD values seen in the imported tables. */
  readonly children: number;
  readonly partitions: number;
  /** Partition `i`'s rows as one return per year, oldest first (rows of files without a year left out). */
  readPartition(i: number): Promise<Return[]>;
  /** Which partition a child's rows are in (its read errors go with it). */
  partitionOf(childId: string | undefined): number;
  /** Removes the partition files. */
  dispose(): void;
}

interface FileInfo {
  readonly path: string;
  readonly table: TableName;
  readonly columns: string[];
  year?: CollectionYear;
  yearSource?: YearSource;
  rows: number;
  latest?: string;
}

/** FNV-1a: a fast, stable spread of child ids over partitions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Reads the files (or folders) as {@link readReturns} does, with the same file and row errors,
 * but writes each imported row to its child's partition file instead of keeping it: memory holds
 * the file list, the errors and the set of child ids, whatever the files' size.
 */
export async function partitionReturns(
  paths: readonly string[],
  options: PartitionOptions = {},
): Promise<PartitionedReturns> {
  const listed = await listCsvFiles(paths);
  const fileErrors: FileError[] = [...listed.errors];
  const rowErrors: RowError[] = [];
  const bytes = listed.files.reduce((sum, f) => sum + sizeOf(f), 0);
  const partitions = Math.max(1, Math.ceil(bytes / (options.partitionBytes ?? DEFAULT_PARTITION_BYTES)));
  const dir = mkdtempSync(join(options.tempDir ?? tmpdir(), 'ledger-partitions-'));
  const partitionFile = (i: number) => join(dir, `p${i}.jsonl`);
  const pending: string[][] = Array.from({ length: partitions }, () => []);
  const pendingBytes = new Array<number>(partitions).fill(0);
  const flush = (i: number) => {
    if (pending[i].length === 0) return;
    appendFileSync(partitionFile(i), pending[i].join(''));
    pending[i] = [];
    pendingBytes[i] = 0;
  };
  const partitionOf = (childId: string | undefined) => (childId ? hash(childId) % partitions : 0);
  const children = new Set<string>();
  const infos: FileInfo[] = [];
  // Files that fit in one partition stay in memory: no disk round trip for the usual return.
  const held: Entry[] | undefined = partitions === 1 ? [] : undefined;
  try {
    for (const path of listed.files) {
      try {
        const info = await partitionFile1(path, infos.length);
        if (info) infos.push(info);
      } catch (error) {
        const reason = (error as Error).message;
        fileErrors.push({
          file: path,
          reason: error instanceof CsvFileProblem ? reason : `cannot be read as CSV: ${reason}`,
        });
      }
    }
    pending.forEach((_, i) => flush(i));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (fileErrors.length === 0 && !infos.some((f) => isImportedTable(f.table)))
    fileErrors.push({ file: paths.join(', '), reason: NO_903_FILE });
  inferMissingYears(infos, fileErrors);

  /** Reads one file's header and rows; undefined (and a file error) when it is not a 903 table. */
  async function partitionFile1(path: string, index: number): Promise<FileInfo | undefined> {
    let info: FileInfo | undefined;
    let refused: string | undefined;
    let childColumn = -1;
    const open = (columns: string[]): FileInfo | undefined => {
      const recognised = recogniseTable(columns);
      if (!recognised.ok) {
        refused = recognised.reason;
        return undefined;
      }
      childColumn = columns.indexOf('CHILD');
      return { path, table: recognised.table, columns, rows: 0, ...yearFromName(path, options.year) };
    };
    for await (const { record, line } of csvRecords(path, options.encoding)) {
      // A refused file is still read to its end: a broken file is reported as broken (truncated,
      // bad bytes), as the whole-file reader reports it, rather than by its header.
      if (refused !== undefined) continue;
      if (!info) {
        info = open(headerColumns(record));
        continue;
      }
      const error = fieldCountError(path, line, info.columns, record);
      if (error) {
        rowErrors.push(error);
        continue;
      }
      info.rows += 1;
      if (info.year === undefined) info.latest = latestEventDate(valuesOf(info.columns, record), info.latest);
      if (!isImportedTable(info.table)) continue;
      const childId = childColumn >= 0 ? record[childColumn] : undefined;
      if (childId) children.add(childId);
      const p = partitionOf(childId);
      if (held) {
        held.push([index, line, record]);
        continue;
      }
      const text = `${JSON.stringify([index, line, record])}\n`;
      pending[p].push(text);
      pendingBytes[p] += text.length;
      if (pendingBytes[p] >= FLUSH_BYTES) flush(p);
    }
    // A file with no header at all is judged as readReturns judges it: by an empty column set.
    if (!info && refused === undefined) info = open([]);
    if (refused !== undefined) {
      fileErrors.push({ file: path, reason: refused });
      return undefined;
    }
    return info;
  }

  const files: ReturnFile[] = infos
    .filter((f) => f.year !== undefined)
    .map((f) => ({
      path: f.path,
      table: f.table,
      year: f.year!,
      yearSource: f.yearSource!,
      rows: f.rows,
      imported: isImportedTable(f.table),
    }));
  const years = [...new Set(files.map((f) => f.year))].sort();

  return {
    years,
    files,
    fileErrors,
    rowErrors,
    children: children.size,
    partitions,
    partitionOf,
    readPartition: (i) => readPartition(held ?? entriesOf(partitionFile(i)), infos, years),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function valuesOf(columns: readonly string[], record: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  columns.forEach((c, i) => (values[c] = record[i] ?? ''));
  return values;
}

function inferMissingYears(infos: FileInfo[], fileErrors: FileError[]): void {
  const byFolder = new Map<string, FileInfo[]>();
  for (const file of infos.filter((f) => f.year === undefined)) {
    const folder = dirname(file.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  for (const files of byFolder.values()) {
    const latest = files.reduce<string | undefined>(
      (l, f) => (f.latest !== undefined && (l === undefined || f.latest > l) ? f.latest : l),
      undefined,
    );
    const year = collectionYearOfLatest(latest);
    for (const file of files) {
      if (year) Object.assign(file, { year, yearSource: 'dates' });
      else fileErrors.push({ file: file.path, reason: NO_YEAR });
    }
  }
}

/** A row as a partition keeps it: the file's index, the line, the values in the file's column order. */
type Entry = [number, number, string[]];

/** A partition file's entries; a partition no row went to has no file. */
async function* entriesOf(file: string): AsyncGenerator<Entry> {
  try {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const text of lines) if (text) yield JSON.parse(text) as Entry;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function readPartition(
  entries: Iterable<Entry> | AsyncIterable<Entry>,
  infos: readonly FileInfo[],
  years: readonly CollectionYear[],
): Promise<Return[]> {
  const byYear = new Map<CollectionYear, ReturnType<typeof emptyTables>>();
  for (const year of years) byYear.set(year, emptyTables());
  for await (const [index, line, record] of entries) {
    const info = infos[index];
    if (info.year === undefined) continue;
    const row: Row = { source: { file: info.path, line }, values: valuesOf(info.columns, record) };
    byYear.get(info.year)![info.table as ImportedTable].push(row);
  }
  return years.map((year) => ({
    year,
    tables: byYear.get(year)!,
    files: infos
      .filter((f) => f.year === year)
      .map((f) => ({
        path: f.path,
        table: f.table,
        year,
        yearSource: f.yearSource!,
        rows: f.rows,
        imported: isImportedTable(f.table),
      })),
  }));
}
