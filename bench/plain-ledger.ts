import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SCHEMA = resolve(__dirname, '../libs/event-store/schema/sqlite.sql');

/** A plain loop's database: the adapter's schema and pragmas, and the two writes every baseline makes. */
export interface PlainLedger {
  readonly db: Database.Database;
  /** `(event_id, stream_name, stream_revision, type, data, metadata, recorded_at)` */
  readonly insertEvent: Database.Statement;
  /** `(stream_name, revision, position)`: the stream's head, as the schema needs. */
  readonly upsertStream: Database.Statement;
}

/**
 * Opens `file` as the baselines' plain better-sqlite3 database: the same schema
 * (`libs/event-store/schema/sqlite.sql`) and pragmas as the SQLite adapter (WAL,
 * synchronous=FULL, foreign keys), so that a plain loop and ours pay the same disk. With
 * `safeIntegers`, revisions and positions come back as bigints, as the adapter reads them.
 */
export function openPlainLedger(file: string, options: { safeIntegers?: boolean } = {}): PlainLedger {
  const db = new Database(file);
  if (options.safeIntegers) db.defaultSafeIntegers(true);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(readFileSync(SCHEMA, 'utf8'));
  return {
    db,
    insertEvent: db.prepare(
      `INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertStream: db.prepare(
      `INSERT INTO streams (stream_name, revision, position) VALUES (?, ?, ?)
       ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision, position = excluded.position`,
    ),
  };
}
