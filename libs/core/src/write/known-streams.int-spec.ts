import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type EventStore, type ReadStreamOptions, SqliteEventStore } from '@ledger/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChainedEventStore } from '../audit/chain/chained-event-store';
import { SystemClock } from '../clock/clock';
import { ChildCommandExecutor, type ChildCommandInput } from './child-command-executor';
import { KnownStreams } from './known-streams';
import { immediateRetries } from './retry-policy';
import { foldChildStream, readChildStream } from './stream-events';
import { IdempotencyKeyReusedError } from './write-errors';

const register = (childId: string): ChildCommandInput => ({
  type: 'RegisterChild',
  data: { childId, dateOfBirth: '2012-01-01', sex: 'F', responsibleAuthority: 'E06000059', uasc: false },
});
const update = (childId: string, homePostcode: string, day = '2020-01-01'): ChildCommandInput => ({
  type: 'UpdateChildDetails',
  // `ethnicity: undefined` is dropped by the store: what is known must be what a read gives.
  data: { childId, homePostcode, ethnicity: undefined, effectiveDate: day, partial: true },
});
const context = (commandId: string) => ({
  commandId,
  correlationId: 'test',
  recordedBy: 'test',
  source: 'api' as const,
});

/** A stream read as asked: the whole stream, its last event, or from a revision on. */
type Read = 'whole' | 'last' | bigint;

/** The store, counting the stream reads asked of it. */
function counting(inner: EventStore): { store: EventStore; reads: Read[] } {
  const reads: Read[] = [];
  const store = new Proxy(inner, {
    get: (target, key, receiver) => {
      if (key !== 'readStream') return Reflect.get(target, key, receiver) as unknown;
      return (stream: string, options?: ReadStreamOptions) => {
        const from = options?.fromRevision;
        const last = options?.direction === 'backwards' && from === 'end' && options.maxCount === 1;
        reads.push(last ? 'last' : typeof from === 'bigint' ? from : 'whole');
        return target.readStream(stream, options);
      };
    },
  });
  return { store, reads };
}

/** The parts of stored events a decision reads, as a fresh read of the stream gives them. */
const decisionView = (events: Awaited<ReturnType<typeof readChildStream>>) =>
  events.map((e) => ({
    event: e.event,
    revision: e.revision,
    position: e.position,
    commandId: e.metadata.commandId,
    commandHash: e.metadata.commandHash,
  }));

describe('the streams the executor knows, checked by revision', () => {
  let dir: string;
  let sqlite: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-known-'));
    sqlite = new SqliteEventStore({ file: join(dir, 'ledger.db') });
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a stream this executor wrote is not read again; another writer's events are read from where it knew", async () => {
    const { store, reads } = counting(new ChainedEventStore(sqlite));
    const mine = new ChildCommandExecutor(store, new SystemClock(), immediateRetries(3));
    await mine.execute('A', [register('A')], context('reg'));
    await mine.execute('A', [update('A', 'DT1 1AA')], context('u1'));
    await mine.execute('A', [update('A', 'DT2 2BB', '2021-01-01')], context('u2'));
    // Each command reads its stream's last event, nothing more.
    expect(reads).toEqual(['last', 'last', 'last']);

    // Another instance (its own executor, its own memory) appends to the same child.
    const other = new ChildCommandExecutor(new ChainedEventStore(sqlite), new SystemClock(), 0);
    await other.execute('A', [update('A', 'DT3 3CC', '2022-01-01')], context('theirs'));
    reads.length = 0;
    const result = await mine.execute('A', [update('A', 'DT4 4DD', '2023-01-01')], context('u3'));
    expect(result.revision).toBe(4n);
    expect(reads).toEqual(['last', 3n]);
    const stream = await readChildStream(sqlite, 'child-A');
    expect(stream.map((e) => e.metadata.commandId)).toEqual(['reg', 'u1', 'u2', 'theirs', 'u3']);
  });

  it('what is known after writing and after reading a grown stream is exactly what a fresh read gives', async () => {
    const store = new ChainedEventStore(sqlite);
    const known = new KnownStreams(store);
    const mine = new ChildCommandExecutor(store, new SystemClock(), 0);
    const other = new ChildCommandExecutor(new ChainedEventStore(sqlite), new SystemClock(), 0);
    await other.execute('A', [register('A')], context('reg'));
    let base = await known.current('child-A');
    const decision = mine.decide('A', base.stored, [update('A', 'DT1 1AA')], context('u1'), base.state);
    if (decision.kind !== 'write') throw new Error('expected a write');
    const [outcome] = await store.appendStreams([decision.write]);
    if (!outcome.ok) throw outcome.error;
    known.appended('child-A', base, decision.write.events, [
      { revision: outcome.result.nextExpectedRevision, position: outcome.result.position },
    ]);
    base = await known.current('child-A');
    const fresh = await readChildStream(sqlite, 'child-A');
    expect(decisionView([...base.stored])).toEqual(decisionView(fresh));
    expect(base.state).toEqual(foldChildStream(fresh));

    await other.execute('A', [update('A', 'DT2 2BB', '2021-06-01')], context('theirs'));
    const grown = await known.current('child-A');
    const freshAgain = await readChildStream(sqlite, 'child-A');
    expect(decisionView([...grown.stored])).toEqual(decisionView(freshAgain));
    expect(grown.state).toEqual(foldChildStream(freshAgain));
    expect(grown.state.details?.homePostcode).toBe('DT2 2BB');
  });

  it("another instance's use of a key is seen by the next command here: a repeat, or refused for another body", async () => {
    const mine = new ChildCommandExecutor(new ChainedEventStore(sqlite), new SystemClock(), 0);
    const other = new ChildCommandExecutor(new ChainedEventStore(sqlite), new SystemClock(), 0);
    await mine.execute('A', [register('A')], context('reg'));
    const first = await other.execute('A', [update('A', 'DT1 1AA')], context('k'));
    const repeat = await mine.execute('A', [update('A', 'DT1 1AA')], context('k'));
    expect(repeat).toEqual({ ...first, repeated: true });
    await other.execute('A', [update('A', 'DT2 2BB', '2021-01-01')], context('k2'));
    await expect(mine.execute('A', [update('A', 'DT9 9ZZ')], context('k2'))).rejects.toBeInstanceOf(
      IdempotencyKeyReusedError,
    );
    expect(await sqlite.streamRevision('child-A')).toBe(2n);
  });
});
