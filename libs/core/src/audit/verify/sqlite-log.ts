import Database from 'better-sqlite3';

/** A row of the log as `verify` reads it: `[position, id, stream, revision, type, data, metadata]`. */
export type LogRow = [number, string, string, number, string, string, string];

/** Rows read per query: few enough to keep memory flat, many enough that a query costs little per row. */
const PAGE = 1024;

/**
 * The SQLite ledger's log read in bulk, on a read-only connection of its own: plain arrays of
 * column values in position ranges (better-sqlite3's `.raw()` and `.all()`), the JSON columns
 * as their stored text, in one read transaction so that the pass sees one state of the file.
 * The port's `readAll` parses every event into objects, which is most of what `verify` would
 * otherwise spend; the schema read is `libs/event-store/schema/sqlite.sql`'s `events` table.
 */
export class SqliteLog {
  private constructor(private readonly db: Database.Database) {}

  /**
   * Opens the store's file for reading, when the store is the SQLite adapter on a file (or the
   * chain over it); undefined otherwise (EventStoreDB, `:memory:`, a file this process cannot
   * open read-only), and then the caller reads through the port.
   */
  static of(store: unknown): SqliteLog | undefined {
    const file = (store as { file?: unknown }).file;
    if (typeof file !== 'string' || file === ':memory:' || file.length === 0) return undefined;
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.prepare('SELECT position FROM events LIMIT 1').get();
      return new SqliteLog(db);
    } catch {
      db?.close();
      return undefined;
    }
  }

  /** Every row after `after`, a page at a time, in position order, within one read transaction. */
  *pages(after = 0): Generator<LogRow[]> {
    const page = this.db
      .prepare<[number, number], LogRow>(
        `SELECT position, event_id, stream_name, stream_revision, type, data, metadata
         FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw();
    this.db.exec('BEGIN');
    try {
      for (let from = after; ;) {
        const rows = page.all(from, PAGE);
        if (rows.length > 0) yield rows;
        if (rows.length < PAGE) return;
        from = rows[rows.length - 1][0];
      }
    } finally {
      this.db.exec('COMMIT');
    }
  }

  close(): void {
    this.db.close();
  }
}
