import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type EventStore,
  SqliteEventStore,
  type StreamWrite,
  type StreamWriteOutcome,
} from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../clock/clock';
import { ChildCommandExecutor, type ChildCommandInput } from './child-command-executor';
import { immediateRetries } from './retry-policy';
import { readChildStream } from './stream-events';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from './write-errors';

const register = (childId: string): ChildCommandInput => ({
  type: 'RegisterChild',
  data: { childId, dateOfBirth: '2012-01-01', sex: 'F', responsibleAuthority: 'E06000059', uasc: false },
});
const update = (childId: string, homePostcode: string): ChildCommandInput => ({
  type: 'UpdateChildDetails',
  data: {
    childId,
    dateOfBirth: '2012-01-01',
    sex: 'F',
    responsibleAuthority: 'E06000059',
    uasc: false,
    homePostcode,
    effectiveDate: '2020-01-01',
  },
});
const context = (commandId: string) => ({
  commandId,
  correlationId: 'test',
  recordedBy: 'test',
  source: 'api' as const,
});

/**
 * The real store, with a hook run before each group append is sent: the place where another
 * writer can be made to get in first, and where the batches the executor sends are counted.
 */
class InterposedStore {
  readonly batches: number[] = [];
  before: (() => Promise<void>) | undefined;

  constructor(readonly inner: SqliteEventStore) {}

  asStore(): EventStore {
    return new Proxy(this.inner, {
      get: (target, key, receiver) => {
        if (key !== 'appendStreams') return Reflect.get(target, key, receiver) as unknown;
        return async (writes: readonly StreamWrite[]): Promise<StreamWriteOutcome[]> => {
          this.batches.push(writes.length);
          const hook = this.before;
          this.before = undefined;
          await hook?.();
          return target.appendStreams(writes);
        };
      },
    });
  }
}

describe('the command executor on the real SQLite store', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  let store: InterposedStore;
  const executor = (retries = 3) =>
    new ChildCommandExecutor(store.asStore(), new SystemClock(), immediateRetries(retries));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-exec-'));
    sqlite = new SqliteEventStore({ file: join(dir, 'ledger.db') });
    store = new InterposedStore(sqlite);
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a forced conflict is re-decided against the stream as it now is, and lands after the other write', async () => {
    const run = executor();
    await run.execute('A', [register('A')], context('reg'));
    const other = new ChildCommandExecutor(sqlite, new SystemClock(), 0);
    store.before = async () => {
      await other.execute('A', [update('A', 'DT1 1AA')], context('other'));
    };
    const result = await run.execute('A', [update('A', 'DT2 2BB')], context('mine'));
    expect(result.revision).toBe(2n);
    const stream = await readChildStream(sqlite, 'child-A');
    expect(stream.map((e) => e.metadata.commandId)).toEqual(['reg', 'other', 'mine']);
  });

  it('a forced conflict with no retries left is CONCURRENCY.CONFLICT, and nothing of the command is written', async () => {
    const run = executor(0);
    await run.execute('A', [register('A')], context('reg'));
    const other = new ChildCommandExecutor(sqlite, new SystemClock(), 0);
    store.before = async () => {
      await other.execute('A', [update('A', 'DT1 1AA')], context('other'));
    };
    await expect(run.execute('A', [update('A', 'DT2 2BB')], context('mine'))).rejects.toBeInstanceOf(
      ConcurrencyConflictError,
    );
    expect((await readChildStream(sqlite, 'child-A')).map((e) => e.metadata.commandId)).toEqual([
      'reg',
      'other',
    ]);
  });

  it('a key used again: the same body is a repeat, another body is refused (sequentially)', async () => {
    const run = executor();
    await run.execute('A', [register('A')], context('reg'));
    const first = await run.execute('A', [update('A', 'DT1 1AA')], context('k'));
    const repeat = await run.execute('A', [update('A', 'DT1 1AA')], context('k'));
    expect(repeat).toEqual({ ...first, repeated: true });
    await expect(run.execute('A', [update('A', 'DT9 9ZZ')], context('k'))).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    expect(await sqlite.streamRevision('child-A')).toBe(1n);
  });

  it('a key used by two writers at once with different bodies: one lands, the other is refused', async () => {
    await executor().execute('A', [register('A')], context('reg'));
    for (const round of [1, 2, 3]) {
      // Two executors, as two instances of the API would be: neither sees the other's queue.
      const [a, b] = await Promise.allSettled([
        executor().execute('A', [update('A', `DT${round} 1AA`)], context(`k${round}`)),
        executor().execute('A', [update('A', `DT${round} 9ZZ`)], context(`k${round}`)),
      ]);
      const outcomes = [a, b];
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected');
      expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(IdempotencyKeyReusedError);
    }
    const stream = await readChildStream(sqlite, 'child-A');
    expect(stream.map((e) => e.metadata.commandId)).toEqual(['reg', 'k1', 'k2', 'k3']);
  });

  it('a key used by two writers at once with the same body: both answered as one command, written once', async () => {
    await executor().execute('A', [register('A')], context('reg'));
    const [a, b] = await Promise.all([
      executor().execute('A', [update('A', 'DT1 1AA')], context('same')),
      executor().execute('A', [update('A', 'DT1 1AA')], context('same')),
    ]);
    expect(a.events).toEqual(b.events);
    expect(await sqlite.streamRevision('child-A')).toBe(1n);
  });

  it('concurrent commands to different children share one flush, each answered with its own write', async () => {
    const run = executor();
    const children = Array.from({ length: 20 }, (_, i) => `G${i}`);
    const results = await Promise.all(
      children.map((id) => run.execute(id, [register(id)], context(`r-${id}`))),
    );
    expect(results.map((r) => r.streamName)).toEqual(children.map((id) => `child-${id}`));
    expect(new Set(results.map((r) => r.position)).size).toBe(20);
    expect(store.batches.length).toBeLessThan(children.length);
    expect(store.batches.reduce((a, b) => a + b, 0)).toBe(20);
    for (const r of results) expect(await sqlite.streamRevision(r.streamName)).toBe(0n);
  });

  it('concurrent commands to one child in one flush: the store orders them, the losers re-decide and land', async () => {
    const run = executor(10);
    await run.execute('A', [register('A')], context('reg'));
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) => run.execute('A', [update('A', `DT${i} 1AA`)], context(`u${i}`))),
    );
    expect(results.map((r) => r.revision).sort()).toEqual([1n, 2n, 3n, 4n]);
  });
});
