import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type EventStore,
  SqliteEventStore,
  StoreUnavailableError,
  type StreamWrite,
} from '@ledger/event-store';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GroupCommit } from './group-commit';

const write = (stream: string): StreamWrite => ({
  stream,
  expectedRevision: 'no_stream',
  events: [{ id: randomUUID(), type: 'Test', data: {}, metadata: {} }],
});

describe('the group commit on the real SQLite store', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  const batches: number[] = [];

  /** The real store, whose disk fails for any batch holding `child-poison`. */
  const store = (): EventStore =>
    new Proxy(sqlite, {
      get: (target, key, receiver) => {
        if (key !== 'appendStreams') return Reflect.get(target, key, receiver) as unknown;
        return (writes: readonly StreamWrite[]) => {
          batches.push(writes.length);
          if (writes.some((w) => w.stream === 'child-poison'))
            return Promise.reject(new StoreUnavailableError('disk I/O error (test)'));
          return target.appendStreams(writes);
        };
      },
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-group-'));
    sqlite = new SqliteEventStore({ file: join(dir, 'ledger.db') });
    batches.length = 0;
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes asked for in one turn go in one batch, each answered with its own outcome', async () => {
    const commit = new GroupCommit(store());
    const outcomes = await Promise.all(['a', 'b', 'c', 'a'].map((s) => commit.append(write(`child-${s}`))));
    expect(batches).toEqual([4]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
    expect(outcomes.map((o) => o.stream)).toEqual(['child-a', 'child-b', 'child-c', 'child-a']);
  });

  it('a batch the store rejects is sent again write by write: only the failing write fails', async () => {
    const commit = new GroupCommit(store());
    const settled = await Promise.allSettled(
      ['a', 'poison', 'b'].map((s) => commit.append(write(`child-${s}`))),
    );
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([3, 1, 1, 1]);
    expect(await sqlite.streamRevision('child-a')).toBe(0n);
    expect(await sqlite.streamRevision('child-poison')).toBe('no_stream');
  });

  it('writes asked for in a later turn go together in the next batch', async () => {
    const commit = new GroupCommit(store());
    const first = commit.append(write('child-1'));
    await new Promise((resolve) => setImmediate(resolve));
    const rest = ['2', '3', '4'].map((s) => commit.append(write(`child-${s}`)));
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([1, 3]);
  });
});
