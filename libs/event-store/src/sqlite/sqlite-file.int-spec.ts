import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors';
import { collect, newEvents, newStreamName } from '../testing/contract-fixtures';
import { SQLITE_SCHEMA_VERSION } from './sqlite-connection';
import { SqliteEventStore } from './sqlite-event-store';
import { tempLedgerDir } from './sqlite-temp.fixture';

describe('SqliteEventStore on its file', () => {
  let temp: ReturnType<typeof tempLedgerDir>;
  const opened: SqliteEventStore[] = [];
  const open = (options: { file?: string; busyTimeoutMs?: number; clock?: () => Date } = {}) => {
    const store = new SqliteEventStore({ file: temp.file, ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    temp = tempLedgerDir();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    temp.remove();
  });

  it('creates the missing parent directories of its file', async () => {
    const file = join(temp.dir, 'nested', 'deeper', 'ledger.db');
    const store = open({ file });
    await store.appendToStream(newStreamName(), newEvents(1), { expectedRevision: 'no_stream' });
    expect(existsSync(file)).toBe(true);
  });

  it('applies the checked-in schema in WAL mode and records its version', () => {
    open();
    const raw = new Database(temp.file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
      const tables = raw
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .pluck()
        .all();
      expect(tables).toEqual(expect.arrayContaining(['events', 'streams']));
    } finally {
      raw.close();
    }
  });

  it('keeps the events across reopening, and positions go on from where they were', async () => {
    const stream = newStreamName();
    const first = open();
    await first.appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
    await first.close();
    const again = open();
    const result = await again.appendToStream(stream, newEvents(1), { expectedRevision: 2n });
    expect(result).toEqual({ nextExpectedRevision: 3n, position: 4n });
    expect((await collect(again.readStream(stream))).map((e) => e.position)).toEqual([1n, 2n, 3n, 4n]);
  });

  it('refuses a file written by a newer schema version, naming the file and versions', () => {
    const raw = new Database(temp.file);
    raw.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => open()).toThrow(
      `${temp.file} was written by a newer ledger (schema version ${SQLITE_SCHEMA_VERSION + 1}`,
    );
  });

  it('gives up on a write lock held by another connection with StoreUnavailableError', async () => {
    const store = open({ busyTimeoutMs: 50 });
    const other = new Database(temp.file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const stream = newStreamName();
      const attempt = store.appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
      await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(attempt).rejects.toThrow(`${temp.file} failed to append to ${stream}`);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('stamps events with the injected clock', async () => {
    const now = new Date('2025-04-01T08:00:00.123Z');
    const store = open({ clock: () => now });
    const stream = newStreamName();
    await store.appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
    const events = await collect(store.readStream(stream));
    expect(events.map((e) => e.recordedAt.toISOString())).toEqual([now.toISOString(), now.toISOString()]);
  });

  it('refuses every call once closed, with StoreUnavailableError', async () => {
    const store = open();
    await store.close();
    await store.close();
    const stream = newStreamName();
    await expect(
      store.appendToStream(stream, newEvents(1), { expectedRevision: 'any' }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(collect(store.readStream(stream))).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(collect(store.readAll())).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.stats()).rejects.toThrow(`${temp.file} is closed`);
    expect(() => store.subscribeToAll()).toThrow(StoreUnavailableError);
  });
});
