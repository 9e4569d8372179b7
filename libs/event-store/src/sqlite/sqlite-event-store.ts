import type Database from 'better-sqlite3';
import { LedgerReadOnlyError, StoreUnavailableError } from '../errors';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreStats,
  StreamWrite,
  StreamWriteOutcome,
  Subscription,
  SubscribeOptions,
} from '../event-store.port';
import { AppendSignal } from './append-signal';
import { type SqliteAppend, type SqliteAppendStreams, createSqliteAppend } from './sqlite-append';
import { openLedger } from './open-ledger';
import { type ReadOnlyVia } from './open-sqlite';
import { toStoreError } from './sqlite-errors';
import {
  MAX_SQLITE_INTEGER,
  type SqliteStatements,
  prepareStatements,
  toRecordedEvent,
} from './sqlite-statements';
import { SqliteSubscription } from './sqlite-subscription';
import { checkMaxCount } from '../read-limits';

/** Where the ledger keeps its events unless configured otherwise. */
export const DEFAULT_SQLITE_FILE = './data/ledger.db';

export interface SqliteEventStoreOptions {
  /** The database file, or `':memory:'`. @defaultValue {@link DEFAULT_SQLITE_FILE} */
  readonly file?: string;
  /** Gives each event its `recordedAt`. @defaultValue `() => new Date()` */
  readonly clock?: () => Date;
  /** How often a caught-up subscription looks for appends made by other processes. @defaultValue 200 */
  readonly pollIntervalMs?: number;
  /** Events read per query by reads and subscriptions. @defaultValue 500 */
  readonly pageSize?: number;
  /** How long a write waits for another process's lock. @defaultValue 5000 */
  readonly busyTimeoutMs?: number;
  /**
   * Opens an existing ledger without ever writing it (an auditor's copy, read commands,
   * `serve --read-only`): a missing file is refused rather than created, and appends are
   * refused with {@link LedgerReadOnlyError}. @defaultValue false
   */
  readonly readOnly?: boolean;
}

/**
 * The embedded adapter of the event-store port: one SQLite file in WAL mode with
 * `synchronous=FULL`, the schema in `libs/event-store/schema/sqlite.sql`. Global
 * positions are 1-based and contiguous: position P is the P-th event.
 */
export class SqliteEventStore implements EventStore {
  readonly file: string;
  /** True when this store created its file (a new, empty ledger). */
  readonly created: boolean;
  /** How a read-only store reached its file; undefined when open for writing. */
  readonly readOnlyVia: ReadOnlyVia | undefined;
  private readonly db: Database.Database;
  private readonly release: () => void;
  private readonly statements: SqliteStatements;
  private readonly appendBatch: SqliteAppend;
  private readonly appendBatches: SqliteAppendStreams;
  private readonly signal = new AppendSignal();
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly pollIntervalMs: number;
  private readonly pageSize: number;

  constructor(options: SqliteEventStoreOptions = {}) {
    this.file = options.file ?? DEFAULT_SQLITE_FILE;
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.pageSize = options.pageSize ?? 500;
    const opened = openLedger(this.file, {
      readOnly: options.readOnly ?? false,
      busyTimeoutMs: options.busyTimeoutMs ?? 5000,
    });
    this.db = opened.db;
    this.release = opened.close;
    this.created = opened.created;
    this.readOnlyVia = opened.readOnlyVia;
    try {
      this.statements = prepareStatements(this.db);
    } catch (error) {
      this.release();
      throw toStoreError(error, this.file, 'open');
    }
    const append = createSqliteAppend(this.db, this.statements, options.clock ?? (() => new Date()));
    this.appendBatch = append.append;
    this.appendBatches = append.appendStreams;
  }

  appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    return this.run(`append to ${stream}`, () => {
      if (this.readOnlyVia) throw new LedgerReadOnlyError(`The ledger ${this.file} is open read-only`);
      if (stream.length === 0) throw new RangeError('Stream name must not be empty');
      const result = this.appendBatch(stream, events, options.expectedRevision);
      if (events.length > 0) this.signal.notify();
      return result;
    });
  }

  /** The whole batch in one IMMEDIATE transaction: one flush to disk (the deadline does not apply). */
  appendStreams(writes: readonly StreamWrite[]): Promise<StreamWriteOutcome[]> {
    return this.run(`append to ${writes.length} streams`, () => {
      if (this.readOnlyVia) throw new LedgerReadOnlyError(`The ledger ${this.file} is open read-only`);
      const outcomes = this.appendBatches(writes);
      if (outcomes.some((o, i) => o.ok && writes[i].events.length > 0)) this.signal.notify();
      return outcomes;
    });
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = checkMaxCount(options.maxCount, Number.POSITIVE_INFINITY);
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    if (from === 'end' && !backwards) return;
    let next = from === 'start' ? 0n : from === 'end' ? MAX_SQLITE_INTEGER : from;
    const query = backwards ? this.statements.streamBackwards : this.statements.streamForwards;
    while (remaining > 0 && next >= 0n) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = await this.run(`read ${stream}`, () => query.all(stream, next, limit));
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      next = rows[rows.length - 1].stream_revision + (backwards ? -1n : 1n);
    }
  }

  async streamRevision(stream: string): Promise<bigint | 'no_stream'> {
    const head = await this.run(`read ${stream}`, () => this.statements.streamHead.get(stream));
    return head ? head.revision : 'no_stream';
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = checkMaxCount(options.maxCount, Number.POSITIVE_INFINITY);
    let next =
      options.fromPosition === undefined || options.fromPosition === 'start' ? 0n : options.fromPosition;
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = await this.run('read the log', () => this.statements.allFrom.all(next, limit));
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      next = rows[rows.length - 1].position + 1n;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.ensureOpen();
    const head = this.statements.head.get()?.position ?? null;
    const subscription = new SqliteSubscription(
      {
        readAfter: (position) => {
          this.ensureOpen();
          return this.statements.allFrom.all(position + 1n, this.pageSize).map(toRecordedEvent);
        },
        signal: this.signal,
        pollIntervalMs: this.pollIntervalMs,
        released: (s) => this.subscriptions.delete(s),
      },
      options.fromPosition ?? 'start',
      head,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  stats(): Promise<StoreStats> {
    return this.run('count events', () => {
      const { position, events, streams } = this.statements.counts.get()!;
      return { position, events, streams };
    });
  }

  /** Ends the subscriptions, then closes the file. Closing twice is harmless. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    this.release();
  }

  private ensureOpen(): void {
    if (!this.db.open) throw new StoreUnavailableError(`SQLite event store ${this.file} is closed`);
  }

  /** Runs a synchronous step as a promise, with driver failures mapped to the port's errors. */
  private run<T>(operation: string, step: () => T): Promise<T> {
    try {
      this.ensureOpen();
      return Promise.resolve(step());
    } catch (error) {
      return Promise.reject(toStoreError(error, this.file, operation));
    }
  }
}
