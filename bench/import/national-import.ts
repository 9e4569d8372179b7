import { generateAuthority } from '@ledger/ssda903';
import { join } from 'node:path';
import { AUTHORITY } from './authority-import';
import { count, perSecond, seconds, since } from './format';
import { openLedger } from './ledger-path';

/** Children per batch of returns, as `ledger demo` imports them (libs/core/src/ssda903/demo.ts). */
const BATCH = 5_000;

export interface NationalResult {
  readonly lookedAfter: number;
  readonly children: number;
  readonly events: number;
  readonly skipped: number;
  readonly generateMs: number;
  /** Cutting each batch's returns from the records (the in-memory stand-in for reading CSV). */
  readonly batchMs: number;
  /** Batches cut and imported: everything after generation. */
  readonly importMs: number;
}

/** Tells stderr each time another tenth of the children is in. */
function progress(total: number, started: number, events: () => number): (done: number) => void {
  let reported = 0;
  return (done) => {
    const tenth = Math.floor((done * 10) / total);
    if (tenth <= reported) return;
    reported = tenth;
    const ms = since(started);
    process.stderr.write(
      `  national: ${tenth * 10}% (${count(done)}/${count(total)} children, ${count(events())} events in finished batches) ` +
        `in ${seconds(ms)}\n`,
    );
  };
}

/**
 * National scale, as `ledger demo` fills a ledger: the authority generated in memory, then its
 * returns a batch of children at a time through `Ssda903Importer.importReturns` into a fresh file.
 */
export async function importNational(
  dir: string,
  lookedAfter: number,
  seed: number,
): Promise<NationalResult> {
  const generating = performance.now();
  const authority = generateAuthority({ children: lookedAfter, seed, authority: AUTHORITY, years: 10 });
  const generateMs = since(generating);
  process.stderr.write(
    `  national: generated ${count(authority.children)} children in ${seconds(generateMs)}\n`,
  );

  const { store, importer } = openLedger(join(dir, 'national.db'));
  let done = 0;
  let events = 0;
  let skipped = 0;
  let batchMs = 0;
  const started = performance.now();
  const tell = progress(authority.children, started, () => events);
  const batches = authority.batches(BATCH);
  for (;;) {
    const cutting = performance.now();
    const next = batches.next();
    batchMs += since(cutting);
    if (next.done) break;
    const offset = done;
    const summary = await importer.importReturns(
      next.value,
      { authority: AUTHORITY, recordedBy: 'bench', source: 'demo', onProgress: (n) => tell(offset + n) },
      { importedYears: [] },
    );
    done += summary.children.inReturns;
    events += summary.events;
    skipped += summary.children.skipped;
  }
  const importMs = since(started);
  await store.close();
  process.stderr.write(`  national: ${perSecond(events, importMs)}\n`);
  return { lookedAfter, children: authority.children, events, skipped, generateMs, batchMs, importMs };
}
