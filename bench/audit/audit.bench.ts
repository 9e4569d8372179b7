/**
 * The audit figures: `ledger verify` over one authority's log (~3,000 children, ~100,000
 * events, as many streams) against a plain loop that reads the same rows and SHA-256es their
 * text; what the hash chain adds to each append (the same events appended through the chain
 * and to the bare store, and the chain's own work against the store's own serialisation); and
 * the restatement of a year's report for that authority. Run with
 * `npm run bench:audit [children]`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  ChainedEventStore,
  CheckpointWriter,
  SigningKey,
  chainEvents,
  genesisHash,
  restate,
  verifyLedger,
  type ChainHead,
  type SavedReport,
} from '@ledger/core';
import { type EventStore, type EventToAppend, SqliteEventStore } from '@ledger/event-store';
import { MeasuresReadModel, type LedgerEventRecord } from '../../libs/projections/src';
import { seededRandom, syntheticChild } from '../measures/synthetic-ledger';
import { count, load, median, perSecond, seconds, since } from '../import/format';

const WINDOW = { from: '2023-04-01', to: '2024-03-31' };

/** One append: a stream, its expected revision, its events. */
interface Batch {
  readonly stream: string;
  readonly from: number;
  readonly events: EventToAppend[];
}

/** One authority's children as appends, interleaved in rounds of twelve events so that positions mix streams as a ledger's do. */
function batches(children: number): Batch[] {
  const random = seededRandom(903);
  const streams: LedgerEventRecord[][] = Array.from({ length: children }, (_, index) =>
    syntheticChild(random, index),
  );
  const out: Batch[] = [];
  for (let from = 0; streams.some((s) => from < s.length); from += 12) {
    for (const records of streams) {
      const batch = records.slice(from, from + 12);
      if (batch.length === 0) continue;
      out.push({
        stream: batch[0].streamName,
        from,
        events: batch.map((r) => ({
          id: r.id,
          type: r.event.type,
          data: r.event.data,
          metadata: { ...r.metadata, recordedBy: 'bench', source: 'import', schemaVersion: 1 },
        })),
      });
    }
  }
  return out;
}

/** Appends every batch, child by child (as the importer does), each at the revision it follows. */
async function fill(store: EventStore, all: readonly Batch[]): Promise<void> {
  for (const { stream, from, events } of all)
    await store.appendToStream(stream, events, {
      expectedRevision: from === 0 ? 'no_stream' : BigInt(from - 1),
    });
}

/** The chain's own work on every event, no store: links, canonical text, SHA-256. */
function chainOnly(all: readonly Batch[]): number {
  const heads = new Map<string, ChainHead>();
  const start = performance.now();
  for (const { stream, events } of all) {
    const head = heads.get(stream) ?? { revision: -1n, hash: genesisHash(stream) };
    const chained = chainEvents(stream, head, events);
    const link = (chained[chained.length - 1].metadata as { chain: { hash: string } }).chain;
    heads.set(stream, { revision: head.revision + BigInt(chained.length), hash: link.hash });
  }
  return since(start);
}

/** The plain loop of the write path: what the store itself does to each event, `JSON.stringify` of its data and metadata. */
function serialiseOnly(all: readonly Batch[]): number {
  const start = performance.now();
  let length = 0;
  for (const { events } of all)
    for (const event of events)
      length += JSON.stringify(event.data).length + JSON.stringify(event.metadata).length;
  if (length === 0) throw new Error('nothing serialised');
  return since(start);
}

/** The plain loop: the same rows read with the same driver, one SHA-256 over each row's text. */
function plainLoop(file: string): { events: number; ms: number } {
  const db = new Database(file, { readonly: true });
  const start = performance.now();
  let events = 0;
  const statement = db.prepare(
    'SELECT stream_name, stream_revision, type, data, metadata FROM events ORDER BY position',
  );
  for (const row of statement.iterate() as Iterable<Record<string, string>>) {
    createHash('sha256')
      .update(row.stream_name)
      .update(String(row.stream_revision))
      .update(row.type)
      .update(row.data)
      .update(row.metadata)
      .digest();
    events += 1;
  }
  const ms = since(start);
  db.close();
  return { events, ms };
}

async function main(): Promise<void> {
  const children = Number(process.argv[2] ?? 3000);
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-audit-'));
  try {
    const file = join(dir, 'ledger.db');
    const keyFile = join(dir, 'key.pem');
    const all = batches(children);
    // A first tenth through both, into files of their own, so that neither timed fill is the cold one.
    for (const [name, warm] of [
      ['warm-chain.db', (s: EventStore) => new ChainedEventStore(s)],
      ['warm-bare.db', (s: EventStore) => s],
    ] as const) {
      const s = warm(new SqliteEventStore({ file: join(dir, name) }));
      await fill(s, all.slice(0, all.length / 10));
      await s.close();
    }
    const bare = new SqliteEventStore({ file: join(dir, 'bare.db') });
    let start = performance.now();
    await fill(bare, all);
    const filledBare = since(start);
    await bare.close();
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    start = performance.now();
    await fill(store, all);
    const filled = since(start);
    const chainRuns = [0, 1, 2].map(() => chainOnly(all));
    const serialiseRuns = [0, 1, 2].map(() => serialiseOnly(all));
    const clock = { now: () => new Date() };
    start = performance.now();
    await new CheckpointWriter(store, clock, () => SigningKey.openOrCreate(keyFile)).take(
      'on-demand',
      'bench',
    );
    const checkpointMs = since(start);
    const { events } = await store.stats();
    console.log(
      `One authority: ${count(children)} children, ${count(Number(events))} events (load ${load()})`,
    );
    const n = Number(events);
    const micros = (ms: number) => `${((ms * 1000) / n).toFixed(1)} µs`;
    console.log(
      `  appending them (${count(all.length)} appends) through the hash chain: ${seconds(filled)}; to the bare store: ${seconds(filledBare)} ` +
        `(the chain adds ${micros(filled - filledBare)} per event, reading heads included)`,
    );
    console.log(
      `  the chain's own work (links, canonical text, SHA-256; no store; median of 3): ${micros(median(chainRuns))} per event; ` +
        `plain loop (JSON.stringify of data and metadata, as the store does): ${micros(median(serialiseRuns))} per event`,
    );
    console.log(`  the first checkpoint (whole log): ${seconds(checkpointMs)}`);

    const verifier = SigningKey.openOrCreate(keyFile).verifier;
    const verifyRuns: number[] = [];
    const onePassRuns: number[] = [];
    const plainRuns: number[] = [];
    const verify = async (twoPartsFrom?: number) => {
      const s = performance.now();
      const report = await verifyLedger(store, { verifier, contiguousPositions: true, twoPartsFrom });
      if (!report.ok || report.events !== n)
        throw new Error(`verify found ${report.findings.length} findings on an untouched ledger`);
      return since(s);
    };
    // Interleaved, so that a change in the machine's load falls on all three alike.
    for (let run = 0; run < 5; run++) {
      verifyRuns.push(await verify());
      onePassRuns.push(await verify(Number.POSITIVE_INFINITY));
      plainRuns.push(plainLoop(file).ms);
    }
    const verifyMs = median(verifyRuns);
    const onePassMs = median(onePassRuns);
    const plainMs = median(plainRuns);
    console.log(
      `  ledger verify (every chain, the checkpoint; two parts at once, as it runs; median of 5): ${seconds(verifyMs)}, ${perSecond(n, verifyMs)}`,
    );
    console.log(
      `  ledger verify in one pass, one thread (median of 5): ${seconds(onePassMs)}, ${perSecond(n, onePassMs)}`,
    );
    console.log(
      `  plain loop (read each row, one SHA-256 over its text; median of 5): ${seconds(plainMs)}, ${perSecond(n, plainMs)}`,
    );
    console.log(
      `  verify / plain loop: ${(verifyMs / plainMs).toFixed(2)}x the plain loop's time (one pass: ${(onePassMs / plainMs).toFixed(2)}x)`,
    );

    // The restatement: the year's report as known halfway through the log, against now.
    const model = new MeasuresReadModel();
    for await (const e of store.readAll()) {
      if (!e.streamName.startsWith('child-')) continue;
      model.apply({
        id: e.id,
        position: e.position,
        streamName: e.streamName,
        revision: e.revision,
        event: { type: e.type, data: e.data } as LedgerEventRecord['event'],
        metadata: { recordedAt: (e.metadata as { recordedAt: string }).recordedAt },
      });
    }
    const halfway = { position: events / 2n };
    const asSubmitted = model.report({ ...WINDOW, asKnownAt: halfway });
    const saved: SavedReport = {
      id: 'bench',
      name: '2023-24 as submitted',
      window: WINDOW,
      filters: {},
      position: halfway.position.toString(),
      savedAt: new Date().toISOString(),
      savedBy: 'bench',
      report: asSubmitted,
      checkpoint: { sequence: 1, position: '0', root: '', note: '' },
    };
    model.report(WINDOW); // warm the timelines, as the running ledger's are
    const restateRuns: number[] = [];
    let changes = 0;
    let changedChildren = 0;
    for (let run = 0; run < 3; run++) {
      start = performance.now();
      const r = await restate(store, model, saved, {}, true);
      restateRuns.push(since(start));
      changes = r.changes.length;
      changedChildren = new Set(r.changes.flatMap((c) => c.children!.map((x) => x.childId))).size;
    }
    const reportRuns = [0, 1, 2].map(() => {
      const s = performance.now();
      model.report({ ...WINDOW, asKnownAt: halfway });
      return since(s);
    });
    console.log(
      `  restatement of ${WINDOW.from}..${WINDOW.to} as known at position ${halfway.position} against now (median of 3): ${seconds(median(restateRuns))}; ` +
        `${changes} fields moved, by ${count(changedChildren)} children`,
    );
    console.log(
      `  plain comparison, one report as known at that position (median of 3): ${seconds(median(reportRuns))}`,
    );
    console.log(`  load average after: ${load()}`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
