import Database from 'better-sqlite3';
import { since } from './format';
import { openPlainLedger } from '../plain-ledger';

/** An event as the baseline writes it: data and metadata as objects, serialised in the timed loop as ours are. */
interface PlainEvent {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** One append: a stream and the events written to it in one transaction. */
export interface PlainAppend {
  readonly stream: string;
  readonly events: PlainEvent[];
}

/**
 * The events our import wrote, read back from its file in position order and grouped into the
 * appends that wrote them (consecutive events of one stream): the baseline then writes exactly
 * the same rows, in the same transactions.
 */
export function appendsOf(file: string): PlainAppend[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare<[], { event_id: string; stream_name: string; type: string; data: string; metadata: string }>(
        'SELECT event_id, stream_name, type, data, metadata FROM events ORDER BY position',
      )
      .all();
    const appends: PlainAppend[] = [];
    for (const row of rows) {
      const event = {
        id: row.event_id,
        type: row.type,
        data: JSON.parse(row.data) as unknown,
        metadata: JSON.parse(row.metadata) as unknown,
      };
      const last = appends[appends.length - 1];
      if (last?.stream === row.stream_name) last.events.push(event);
      else appends.push({ stream: row.stream_name, events: [event] });
    }
    return appends;
  } finally {
    db.close();
  }
}

export interface PlainResult {
  readonly events: number;
  readonly transactions: number;
  readonly ms: number;
}

/** Rows per transaction of the plain loop: a bulk loader's usual batch. */
export const PLAIN_ROWS_PER_TRANSACTION = 500;

/**
 * The floor: a bare better-sqlite3 loop on the same schema and pragmas as the adapter (WAL,
 * synchronous=FULL, foreign keys), whole appends grouped into transactions of at least
 * {@link PLAIN_ROWS_PER_TRANSACTION} rows, each event row inserted with prepared statements and
 * the stream's row written, as the schema needs; no reads, no checks.
 */
export function plainInsert(file: string, appends: readonly PlainAppend[]): PlainResult {
  const { db, insertEvent, upsertStream } = openPlainLedger(file);
  try {
    const revisions = new Map<string, number>();
    const write = db.transaction((group: readonly PlainAppend[]) => {
      const recordedAt = new Date().toISOString();
      for (const { stream, events } of group) {
        let revision = revisions.get(stream) ?? -1;
        let position: number | bigint = 0;
        for (const event of events) {
          revision += 1;
          const data = JSON.stringify(event.data);
          const metadata = JSON.stringify(event.metadata);
          position = insertEvent.run(
            event.id,
            stream,
            revision,
            event.type,
            data,
            metadata,
            recordedAt,
          ).lastInsertRowid;
        }
        revisions.set(stream, revision);
        upsertStream.run(stream, revision, position);
      }
    });
    const started = performance.now();
    let events = 0;
    let transactions = 0;
    let group: PlainAppend[] = [];
    let rows = 0;
    const flush = () => {
      if (group.length === 0) return;
      write(group);
      transactions += 1;
      group = [];
      rows = 0;
    };
    for (const a of appends) {
      group.push(a);
      rows += a.events.length;
      events += a.events.length;
      if (rows >= PLAIN_ROWS_PER_TRANSACTION) flush();
    }
    flush();
    return { events, transactions, ms: since(started) };
  } finally {
    db.close();
  }
}
