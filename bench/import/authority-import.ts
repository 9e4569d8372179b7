import { type ImportSummary } from '@ledger/core';
import { exportYear, generateAuthority, readReturns, writeReturn } from '@ledger/ssda903';
import { join } from 'node:path';
import { openLedger, since } from './ledger-path';

export const AUTHORITY = 'E06000059';

export interface AuthorityResult {
  readonly file: string;
  readonly children: number;
  readonly years: number;
  readonly csvFiles: number;
  readonly generateMs: number;
  readonly summary: ImportSummary;
  /** importFiles, end to end: read, parse, plan, decide, append. */
  readonly wallMs: number;
  /** From the call to the first child's progress: reading, parsing and planning every child. */
  readonly beforeFirstChildMs: number;
  /** readReturns alone on the same files, timed in a separate call. */
  readonly readMs: number;
}

function checkClean(summary: ImportSummary): void {
  const problems = summary.fileErrors.length + summary.rowErrors.length + summary.children.skipped;
  if (problems > 0)
    throw new Error(
      `The generated returns did not import cleanly: ${summary.fileErrors.length} file errors, ` +
        `${summary.rowErrors.length} row errors, ${summary.children.skipped} children skipped`,
    );
}

/** Ten years of one authority written as CSV, imported into a fresh SQLite ledger the way `ledger import` does. */
export async function importAuthority(dir: string, children: number, seed: number): Promise<AuthorityResult> {
  const generating = performance.now();
  const authority = generateAuthority({ children, seed, authority: AUTHORITY, years: 10 });
  const csvDir = join(dir, 'returns');
  const paths: string[] = [];
  for (const year of authority.years) {
    paths.push(...(await writeReturn(csvDir, year, exportYear(year, authority.records))));
  }
  const generateMs = since(generating);

  const file = join(dir, 'authority.db');
  const { store, importer } = openLedger(file);
  let firstChildAt = 0;
  const started = performance.now();
  const summary = await importer.importFiles([csvDir], {
    authority: AUTHORITY,
    recordedBy: 'bench',
    onProgress: (done) => {
      if (done === 1) firstChildAt = performance.now();
    },
  });
  const wallMs = since(started);
  await store.close();
  checkClean(summary);

  // Timed after the import so both see the files equally warm in the page cache.
  const reading = performance.now();
  await readReturns([csvDir]);
  return {
    file,
    children: authority.children,
    years: authority.years.length,
    csvFiles: paths.length,
    generateMs,
    summary,
    wallMs,
    beforeFirstChildMs: firstChildAt - started,
    readMs: since(reading),
  };
}
