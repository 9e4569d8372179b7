import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type EventToAppend, SqliteEventStore } from '@ledger/event-store';
import { ChainedEventStore } from '../chain/chained-event-store';
import { eventHash, genesisHash } from '../chain/event-hash';
import { CheckpointWriter } from '../checkpoints/checkpoint-writer';
import { SigningKey } from '../signing/signing-key';
import { verifyLedger } from './verify-ledger';

/**
 * The chain's writer as it was before it stored canonical text: the values as `JSON.stringify`
 * keeps them, in the caller's key order, the link last with `revision` first; the same hash.
 */
function chainedTheOldWay(stream: string, events: readonly EventToAppend[]): EventToAppend[] {
  let prev = genesisHash(stream);
  return events.map((event, i) => {
    const data = JSON.parse(JSON.stringify(event.data)) as unknown;
    const metadata = JSON.parse(JSON.stringify(event.metadata)) as Record<string, unknown>;
    const unsigned = { ...metadata, chain: { revision: i, prev } };
    const hash = eventHash(
      { id: event.id, type: event.type, streamName: stream, revision: BigInt(i), data, metadata: unsigned },
      prev,
    );
    prev = hash;
    return {
      ...event,
      data,
      metadata: { ...metadata, chain: { revision: i, prev: unsigned.chain.prev, hash } },
    };
  });
}

const noted = (n: number): EventToAppend => ({
  id: randomUUID(),
  type: 'Noted',
  data: { n, effectiveDate: `2024-01-0${n + 1}`, note: { z: 1, a: 2 } },
  metadata: { source: 'api', recordedAt: '2024-02-01T00:00:00Z', recordedBy: 'sw-1' },
});

describe('verify on a ledger written before the chain stored canonical text', () => {
  let dir: string;
  let file: string;
  let keyFile: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-old-text-'));
    file = join(dir, 'ledger.db');
    keyFile = join(dir, 'key.pem');
    const plain = new SqliteEventStore({ file });
    for (const stream of ['child-A', 'child-B'])
      await plain.appendToStream(stream, chainedTheOldWay(stream, [0, 1, 2].map(noted)), {
        expectedRevision: 'no_stream',
      });
    await plain.close();
    // The upgraded ledger takes a checkpoint over them and appends on.
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    await new CheckpointWriter(store, { now: () => new Date() }, () => SigningKey.openOrCreate(keyFile)).take(
      'on-demand',
      'auditor',
    );
    await store.appendToStream('child-A', [noted(3)], { expectedRevision: 2n });
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const verify = async () => {
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    try {
      const options = { verifier: SigningKey.openOrCreate(keyFile).verifier, contiguousPositions: true };
      const report = await verifyLedger(store, options);
      // Read in two parts at once, the worker meets text not in canonical form and the main thread reads it.
      expect(await verifyLedger(store, { ...options, twoPartsFrom: 2 })).toEqual(report);
      return report;
    } finally {
      await store.close();
    }
  };

  it('stores its text as it was, and verifies: the old events the long way, the new ones as stored', async () => {
    const db = new Database(file, { readonly: true });
    const texts = db.prepare('SELECT data, metadata FROM events ORDER BY position').raw().all() as string[][];
    db.close();
    expect(texts[0][0]).toMatch(/^\{"n":0,"effectiveDate":/);
    expect(texts[0][1]).toMatch(/"chain":\{"revision":0,"prev":"[0-9a-f]{64}","hash":"[0-9a-f]{64}"\}\}$/);
    expect(texts[7][0]).toMatch(/^\{"effectiveDate":"2024-01-04","n":3,"note":\{"a":2,"z":1\}\}$/);
    expect(await verify()).toMatchObject({ ok: true, events: 8, streams: 3, checkpoints: 1, findings: [] });
  });

  it('reports an edit of an old event exactly as of a new one', async () => {
    const db = new Database(file);
    db.exec(
      `UPDATE events SET data = json_set(data, '$.n', 9) WHERE stream_name = 'child-B' AND stream_revision = 1`,
    );
    db.close();
    const report = await verify();
    expect(report.findings.map((f) => [f.kind, f.stream, f.revision, f.position])).toEqual([
      ['event-edited', 'child-B', '1', '5'],
      ['checkpoint-root', 'ledger-audit-checkpoints', '0', '6'],
    ]);
  });
});
