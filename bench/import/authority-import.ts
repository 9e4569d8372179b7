import { type ImportSummary } from '@ledger/core';
import { exportYear, generateAuthority, readReturns, writeReturn } from '@ledger/ssda903';
import { join } from 'node:path';
import { since } from './format';
import { openLedger } from './ledger-path';

export const AUTHORITY = 'E06000059';

/** Ten years of returns of one generated authority, on disk as CSV. */
export interface AuthorityCsv {
  readonly dir: string;
  readonly children: number;
  readonly years: number;
  readonly files: number;
  readonly generateMs: number;
}

/** One import of the CSV files into a fresh ledger. */
export interface AuthorityImport {
  readonly file: string;
  readonly summary: ImportSummary;
  /** importFiles, end to end: read, parse, plan, decide, append. */
  readonly wallMs: number;
  /** From the call to the first progress report: reading, then planning and writing the first batch. */
  readonly beforeFirstChildMs: number;
  /** readReturns alone on the same files, timed in a separate call. */
  readonly readMs: number;
}

/** Generates the authority and writes its ten returns as the CSV files `ledger import` reads. */
export async function writeAuthorityCsv(dir: string, children: number, seed: number): Promise<AuthorityCsv> {
  const started = performance.now();
  const authority = generateAuthority({ children, seed, authority: AUTHORITY, years: 10 });
  const csvDir = join(dir, 'returns');
  let files = 0;
  for (const year of authority.years) {
    files += (await writeReturn(csvDir, year, exportYear(year, authority.records))).length;
  }
  return {
    dir: csvDir,
    children: authority.children,
    years: authority.years.length,
    files,
    generateMs: since(started),
  };
}

function checkClean(summary: ImportSummary): void {
  const problems = summary.fileErrors.length + summary.rowErrors.length + summary.children.skipped;
  if (problems > 0)
    throw new Error(
      `The generated returns did not import cleanly: ${summary.fileErrors.length} file errors, ` +
        `${summary.rowErrors.length} row errors, ${summary.children.skipped} children skipped`,
    );
}

/** Imports the CSV files into a fresh SQLite ledger `file` the way `ledger import` does. */
export async function importAuthorityCsv(
  csv: AuthorityCsv,
  file: string,
  options: { chain?: boolean } = {},
): Promise<AuthorityImport> {
  const { store, importer } = openLedger(file, options);
  let firstChildAt = 0;
  const started = performance.now();
  const summary = await importer.importFiles([csv.dir], {
    authority: AUTHORITY,
    recordedBy: 'bench',
    onProgress: () => {
      if (firstChildAt === 0) firstChildAt = performance.now();
    },
  });
  const wallMs = since(started);
  await store.close();
  checkClean(summary);
  const reading = performance.now();
  await readReturns([csv.dir]);
  return { file, summary, wallMs, beforeFirstChildMs: firstChildAt - started, readMs: since(reading) };
}

/** The write stage alone: the same import from returns already read and parsed (untimed). */
export interface WriteStage {
  readonly summary: ImportSummary;
  /** importReturns: stitch, plan, decide, chain, append. */
  readonly ms: number;
}

/**
 * Reads the CSV files first (not timed), then imports the returns into a fresh ledger `file`
 * through the same importer and chained store: what the import costs once parsing is done.
 */
export async function importWriteStage(csv: AuthorityCsv, file: string): Promise<WriteStage> {
  const read = await readReturns([csv.dir]);
  const { store, importer } = openLedger(file);
  const started = performance.now();
  const summary = await importer.importReturns(read.returns, { authority: AUTHORITY, recordedBy: 'bench' });
  const ms = since(started);
  await store.close();
  checkClean(summary);
  return { summary, ms };
}
