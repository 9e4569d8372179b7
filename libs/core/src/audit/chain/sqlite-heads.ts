import Database from 'better-sqlite3';
import { chainLinkOf } from './event-hash';

/** A stream's event as the head read finds it: its revision and its stored metadata, parsed. */
export interface HeadRow {
  readonly revision: bigint;
  readonly metadata: unknown;
}

/**
 * Reads the event a new append chains to straight from the SQLite file, on a read-only
 * connection of its own: one indexed row, and only its metadata parsed, where the port's
 * `readStream` parses the whole event and pages through an async iterator (several times the
 * cost, paid on every append that did not read its stream first). The schema read is
 * `libs/event-store/schema/sqlite.sql`'s `events` table; what is read is committed, as the
 * port's reads are.
 */
export class SqliteHeads {
  private readonly at: Database.Statement<[string, number], [number, string]>;
  private readonly last: Database.Statement<[string], [number, string]>;

  private constructor(private readonly db: Database.Database) {
    this.at = db
      .prepare<[string, number], [number, string]>(
        'SELECT stream_revision, metadata FROM events WHERE stream_name = ? AND stream_revision = ?',
      )
      .raw();
    this.last = db
      .prepare<[string], [number, string]>(
        'SELECT stream_revision, metadata FROM events WHERE stream_name = ? ORDER BY stream_revision DESC LIMIT 1',
      )
      .raw();
  }

  /** Opens the file the store keeps, when it is a SQLite file this process can read; undefined otherwise. */
  static open(file: unknown): SqliteHeads | undefined {
    if (typeof file !== 'string' || file === ':memory:' || file.length === 0) return undefined;
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      return new SqliteHeads(db);
    } catch {
      db?.close();
      return undefined;
    }
  }

  /**
   * The stream's event at `revision` (its last for undefined), null when there is none, or
   * undefined when it cannot be read here (the caller reads through the port).
   */
  read(stream: string, revision: bigint | undefined): HeadRow | null | undefined {
    try {
      const row = revision === undefined ? this.last.get(stream) : this.at.get(stream, Number(revision));
      if (!row) return null;
      const metadata = JSON.parse(row[1]) as unknown;
      return chainLinkOf(metadata) ? { revision: BigInt(row[0]), metadata } : undefined;
    } catch {
      return undefined;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
