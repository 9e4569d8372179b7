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
  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /**
   * Opens the store's file for reading, when the store is the SQLite adapter on a file (or the
   * chain over it); undefined otherwise (EventStoreDB, `:memory:`, a file this process cannot
   * open read-only), and then the caller reads through the port.
   */
  static of(store: unknown): SqliteLog | undefined {
    const file = (store as { file?: unknown }).file;
    return typeof file === 'string' ? SqliteLog.open(file) : undefined;
  }

  /** Opens a ledger file for reading; undefined when it cannot be (see {@link SqliteLog.of}). */
  static open(file: string): SqliteLog | undefined {
    if (file === ':memory:' || file.length === 0) return undefined;
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.prepare('SELECT position FROM events LIMIT 1').get();
      return new SqliteLog(db, file);
    } catch {
      db?.close();
      return undefined;
    }
  }

  /** How many events the log holds, and the position of the `nth` (1-based), if there is one. */
  count(nth?: number): { events: number; position: number | undefined } {
    const events = (this.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    const position =
      nth === undefined || nth < 1
        ? undefined
        : (
            this.db.prepare('SELECT position FROM events ORDER BY position LIMIT 1 OFFSET ?').get(nth - 1) as
              { position: number } | undefined
          )?.position;
    return { events, position };
  }

  /**
   * The rows after `after` (at most `limit` of them), a page at a time, in position order,
   * within one read transaction.
   */
  *pages(after = 0, limit = Number.POSITIVE_INFINITY): Generator<LogRow[]> {
    const page = this.db
      .prepare<[number, number], LogRow>(
        `SELECT position, event_id, stream_name, stream_revision, type, data, metadata
         FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw();
    this.db.exec('BEGIN');
    try {
      for (let from = after, left = limit; left > 0;) {
        const size = Math.min(PAGE, left);
        const rows = page.all(from, size);
        if (rows.length > 0) yield rows;
        if (rows.length < size) return;
        left -= rows.length;
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
