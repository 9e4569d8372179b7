import { exportYear, generateAuthority, writeReturn } from '@ledger/ssda903';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORITY } from './authority-import';
import { inChildProcess } from './child-run';
import { count, seconds, since } from './format';

export interface NationalResult {
  readonly lookedAfter: number;
  readonly children: number;
  readonly events: number;
  readonly skipped: number;
  readonly generateMs: number;
  /** Bytes of the CSV files, and of the largest. */
  readonly csvBytes: number;
  readonly largestFileBytes: number;
  /** `importFiles` on the CSV files, in a process of its own. */
  readonly importMs: number;
  /** That process's peak resident memory. */
  readonly peakMb: number;
}

/**
 * National scale, as `ledger import` takes it: the authority generated and written as ten years
 * of CSV files (not counted), then imported from the files in a fresh process (so that its peak
 * memory is the import's alone) into a fresh SQLite file.
 */
export async function importNational(
  dir: string,
  lookedAfter: number,
  seed: number,
): Promise<NationalResult> {
  const generating = performance.now();
  const csvDir = join(dir, 'national');
  let csvBytes = 0;
  let largestFileBytes = 0;
  let children = 0;
  {
    const authority = generateAuthority({ children: lookedAfter, seed, authority: AUTHORITY, years: 10 });
    children = authority.children;
    for (const year of authority.years) {
      for (const file of await writeReturn(csvDir, year, exportYear(year, authority.records))) {
        const size = statSync(file).size;
        csvBytes += size;
        largestFileBytes = Math.max(largestFileBytes, size);
      }
    }
  }
  const generateMs = since(generating);
  process.stderr.write(
    `  national: generated ${count(children)} children as ${count(csvBytes / 1e6)} MB of CSV in ${seconds(generateMs)}\n`,
  );
  const result = await inChildProcess<{
    ms: number;
    events: number;
    children: { imported: number; skipped: number };
    peakMb: number;
  }>(['import', csvDir, join(dir, 'national.db')]);
  return {
    lookedAfter,
    children,
    events: result.events,
    skipped: result.children.skipped,
    generateMs,
    csvBytes,
    largestFileBytes,
    importMs: result.ms,
    peakMb: result.peakMb,
  };
}
