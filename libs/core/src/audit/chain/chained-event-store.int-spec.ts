import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventToAppend, SqliteEventStore, WrongExpectedRevisionError } from '@ledger/event-store';
import { ChainedEventStore } from './chained-event-store';
import { chainLinkOf, eventHash, genesisHash } from './event-hash';
import { verifyLedger } from '../verify/verify-ledger';
import { SigningKey } from '../signing/signing-key';
import { CheckpointWriter } from '../checkpoints/checkpoint-writer';

const event = (n: number, id = randomUUID()): EventToAppend => ({
  id,
  type: 'Noted',
  data: { effectiveDate: '2024-01-01', n, dropped: undefined },
  metadata: { recordedAt: '2024-01-02T00:00:00Z' },
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('ChainedEventStore', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-chain-'));
    file = join(dir, 'ledger.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('links each event to the previous one of its stream, the first to the stream’s genesis value', async () => {
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    await store.appendToStream('child-1', [event(1), event(2)], { expectedRevision: 'no_stream' });
    await store.appendToStream('child-1', [event(3)], { expectedRevision: 'any' });
    const events = await collect(store.readStream('child-1'));
    const links = events.map((e) => chainLinkOf(e.metadata)!);
    expect(links.map((l) => l.revision)).toEqual([0, 1, 2]);
    expect(links[0].prev).toBe(genesisHash('child-1'));
    expect(links[1].prev).toBe(links[0].hash);
    expect(links[2].prev).toBe(links[1].hash);
    events.forEach((e, i) => expect(eventHash(e, links[i].prev)).toBe(links[i].hash));
    // What the store keeps is what was hashed: the undefined property is not there.
    expect(events[0].data).toEqual({ effectiveDate: '2024-01-01', n: 1 });
    await store.close();
  });

  it('keeps the store’s answers: a repeat is a repeat, a wrong expected revision still refused', async () => {
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    const first = event(1);
    const a = await store.appendToStream('child-1', [first], { expectedRevision: 'no_stream' });
    const again = await store.appendToStream(
      'child-1',
      [{ ...first, metadata: { recordedAt: '2030-01-01T00:00:00Z' } }],
      {
        expectedRevision: 'no_stream',
      },
    );
    expect(again).toEqual(a);
    await expect(
      store.appendToStream('child-1', [event(2)], { expectedRevision: 5n }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(
      store.appendToStream('child-9', [event(2)], { expectedRevision: 'stream_exists' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect((await collect(store.readAll())).length).toBe(1);
    await store.close();
  });

  it('links to the head a read just saw, and a repeated append does not mislead it', async () => {
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    await store.appendToStream('child-1', [event(1)], { expectedRevision: 'no_stream' });
    await collect(store.readStream('child-1'));
    const second = event(2);
    await store.appendToStream('child-1', [second], { expectedRevision: 0n });
    // The same command again: the store keeps the first events, whose hashes differ from these.
    await store.appendToStream('child-1', [{ ...second, metadata: { recordedAt: '2031-01-01T00:00:00Z' } }], {
      expectedRevision: 0n,
    });
    await collect(store.readStream('child-1'));
    await store.appendToStream('child-1', [event(3)], { expectedRevision: 1n });
    const links = (await collect(store.readStream('child-1'))).map((e) => chainLinkOf(e.metadata)!);
    expect(links.map((l) => l.revision)).toEqual([0, 1, 2]);
    expect(links[2].prev).toBe(links[1].hash);
    const verifier = SigningKey.openOrCreate(join(dir, 'k.pem')).verifier;
    expect((await verifyLedger(store, { verifier })).findings).toEqual([]);
    await store.close();
  });

  it('appends racing with `any` each chain to the one before them', async () => {
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.appendToStream('imports', [event(i)], { expectedRevision: 'any' }),
      ),
    );
    const links = (await collect(store.readStream('imports'))).map((e) => chainLinkOf(e.metadata)!);
    for (let i = 1; i < links.length; i++) expect(links[i].prev).toBe(links[i - 1].hash);
    await store.close();
  });

  it('chains on from events written before the chain, which a checkpoint then covers', async () => {
    const plain = new SqliteEventStore({ file });
    await plain.appendToStream('child-1', [event(1), event(2)], { expectedRevision: 'no_stream' });
    await plain.close();
    const store = new ChainedEventStore(new SqliteEventStore({ file }));
    await store.appendToStream('child-1', [event(3)], { expectedRevision: 1n });
    const keyFile = join(dir, 'key.pem');
    const verifier = SigningKey.openOrCreate(keyFile).verifier;
    expect((await verifyLedger(store, { verifier, contiguousPositions: true })).findings).toEqual([]);
    await new CheckpointWriter(store, { now: () => new Date() }, () => SigningKey.openOrCreate(keyFile)).take(
      'on-demand',
      't',
    );
    const report = await verifyLedger(store, { verifier, contiguousPositions: true });
    expect(report).toMatchObject({ ok: true, events: 4, checkpoints: 1 });
    await store.close();
  });
});
