import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../event-store.port';

/** A row of `events` as read with safe integers. */
export interface EventRow {
  position: bigint;
  event_id: string;
  stream_name: string;
  stream_revision: bigint;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

export interface StreamRow {
  revision: bigint;
  position: bigint;
}

export interface EventIdRow {
  stream_name: string;
  stream_revision: bigint;
  position: bigint;
}

/** The largest revision SQLite can hold: "from the end" when reading backwards. */
export const MAX_SQLITE_INTEGER = 9223372036854775807n;

const COLUMNS = 'position, event_id, stream_name, stream_revision, type, data, metadata, recorded_at';

/** Every statement the store runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    streamHead: db.prepare<[string], StreamRow>(
      'SELECT revision, position FROM streams WHERE stream_name = ?',
    ),
    insertEvent: db.prepare<[string, string, bigint, string, string, string, string]>(
      `INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertStream: db.prepare<[string, bigint, bigint]>(
      `INSERT INTO streams (stream_name, revision, position) VALUES (?, ?, ?)
       ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision, position = excluded.position`,
    ),
    eventById: db.prepare<[string], EventIdRow>(
      'SELECT stream_name, stream_revision, position FROM events WHERE event_id = ?',
    ),
    streamForwards: db.prepare<[string, bigint, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND stream_revision >= ?
       ORDER BY stream_revision LIMIT ?`,
    ),
    streamBackwards: db.prepare<[string, bigint, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND stream_revision <= ?
       ORDER BY stream_revision DESC LIMIT ?`,
    ),
    allFrom: db.prepare<[bigint, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE position >= ? ORDER BY position LIMIT ?`,
    ),
    head: db.prepare<[], { position: bigint | null }>('SELECT MAX(position) AS position FROM events'),
    counts: db.prepare<[], { position: bigint | null; events: bigint; streams: bigint }>(
      `SELECT (SELECT MAX(position) FROM events) AS position, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM streams) AS streams`,
    ),
  };
}

export type SqliteStatements = ReturnType<typeof prepareStatements>;

/** Maps a row to the port's event; the JSON columns were written by this adapter. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    streamName: row.stream_name,
    revision: row.stream_revision,
    position: row.position,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as unknown,
    recordedAt: new Date(row.recorded_at),
  };
}
