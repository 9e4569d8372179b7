/**
 * Run in a process of its own by the import benchmark, so that its peak memory is the import's:
 * `import DIR DB` imports the CSV files of DIR into the SQLite file DB as `ledger import` does;
 * `read DIR` runs the import's read path alone (partition the files by child, read each partition
 * back, parse, stitch and plan its children) without writing. Prints one line of JSON.
 */
import { prepareImport, partitionReturns } from '@ledger/ssda903';
import { AUTHORITY } from './authority-import';
import { openLedger } from './ledger-path';

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function importMode(dir: string, db: string): Promise<void> {
  const { store, importer } = openLedger(db);
  const started = performance.now();
  const summary = await importer.importFiles([dir], { authority: AUTHORITY, recordedBy: 'bench' });
  const ms = performance.now() - started;
  await store.close();
  const { events, children } = summary;
  console.log(JSON.stringify({ ms, events, children, peakMb: peakMb() }));
}

async function readMode(dir: string): Promise<void> {
  const started = performance.now();
  const read = await partitionReturns([dir]);
  const partitionedMs = performance.now() - started;
  let children = 0;
  let commands = 0;
  let skipped = 0;
  try {
    for (let i = 0; i < read.partitions; i++) {
      const prepared = prepareImport(await read.readPartition(i), {
        authority: AUTHORITY,
        now: new Date().toISOString(),
      });
      for (const id of prepared.childIds) {
        const plan = prepared.planChild(id, []);
        children += 1;
        if (plan.kind === 'planned') commands += plan.commands.length;
        else skipped += 1;
      }
    }
  } finally {
    read.dispose();
  }
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      ms,
      partitionedMs,
      partitions: read.partitions,
      children,
      commands,
      skipped,
      peakMb: peakMb(),
    }),
  );
}

const [mode, dir, db] = process.argv.slice(2);
(mode === 'import' ? importMode(dir, db) : readMode(dir)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
