import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type EventStore,
  SqliteEventStore,
  StoreUnavailableError,
  type StreamWrite,
} from '@ledger/event-store';
import { generateAuthority } from '@ledger/ssda903';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../clock/clock';
import { ChildCommandExecutor } from '../write/child-command-executor';
import { ImportInterruptedError } from './import-errors';
import { IMPORT_LOG_STREAM } from './import-log';
import { Ssda903Importer } from './ssda903-importer';

const AUTHORITY = 'E06000059';

/** The real store, whose disk fails at the `failAt`-th group append. */
function failingAt(inner: SqliteEventStore, failAt: number): EventStore {
  let calls = 0;
  return new Proxy(inner, {
    get: (target, key, receiver) => {
      if (key !== 'appendStreams') return Reflect.get(target, key, receiver) as unknown;
      return (writes: readonly StreamWrite[]) => {
        calls += 1;
        if (calls === failAt) return Promise.reject(new StoreUnavailableError('disk I/O error (test)'));
        return target.appendStreams(writes);
      };
    },
  });
}

describe('an import that stops part way', () => {
  let dir: string;
  let sqlite: SqliteEventStore;
  const authority = generateAuthority({ children: 20, seed: 5, years: 2, authority: AUTHORITY });
  const returns = authority.returns;
  // Four batches or more, so that the third append fails with two batches written.
  const batchChildren = Math.floor(authority.children / 4);
  const clock = new SystemClock();
  const importerOn = (store: EventStore) =>
    new Ssda903Importer(store, clock, new ChildCommandExecutor(store, clock, 3), { batchChildren });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-interrupted-'));
    sqlite = new SqliteEventStore({ file: join(dir, 'ledger.db') });
  });
  afterEach(async () => {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how many children it wrote, its start entry explains them, and a re-run completes it', async () => {
    const attempt = importerOn(failingAt(sqlite, 3)).importReturns(returns, {
      authority: AUTHORITY,
      recordedBy: 'test',
    });
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportInterruptedError);
    const interrupted = error as ImportInterruptedError;
    const written = 2 * batchChildren;
    expect(batchChildren).toBeGreaterThan(1);
    expect(interrupted.children).toBe(written);
    expect(interrupted.message).toMatch(
      new RegExp(`stopped after writing ${written} children \\(\\d+ events\\).*disk I/O error`),
    );
    const log = [];
    for await (const e of sqlite.readStream(IMPORT_LOG_STREAM)) log.push(e);
    expect(log.map((e) => [e.type, (e.data as { importId: string }).importId])).toEqual([
      ['ImportStarted', interrupted.importId],
    ]);

    const rerun = await importerOn(sqlite).importReturns(returns, {
      authority: AUTHORITY,
      recordedBy: 'test',
    });
    expect(rerun.children.unchanged).toBe(written);
    expect(rerun.children.imported).toBe(rerun.children.inReturns - written);
    expect(rerun.rowErrors).toEqual([]);
  });
});
