import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerFileError } from './ledger-file-error';
import { ledgerFileErrorOf, newerSchemaError, prepareWritableFile } from './open-sqlite';

/** The schema version this code writes and reads (`PRAGMA user_version`). */
export const SQLITE_SCHEMA_VERSION = 1;

/**
 * Where the checked-in schema may be: next to the sources, or, when running the compiled
 * output from `dist/`, back in the project tree (tsc does not copy .sql files).
 */
function schemaCandidates(fileName: string): string[] {
  return [
    resolve(__dirname, '../../schema', fileName),
    resolve(__dirname, '../../../../../libs/event-store/schema', fileName),
  ];
}

/** Reads a checked-in schema file of this library by name. */
export function readSchema(fileName: string): string {
  const candidates = schemaCandidates(fileName);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`SQLite schema ${fileName} not found; looked in ${candidates.join(', ')}`);
  return readFileSync(found, 'utf8');
}

export interface SqliteConnectionOptions {
  /** A file path, or `':memory:'`. The parent directory is created when missing (bounded). */
  readonly file: string;
  /** How long a write waits for another connection's lock before failing. */
  readonly busyTimeoutMs: number;
}

/** Page cache per connection, KiB. A setting of the connection only: nothing in the file changes. */
export const SQLITE_CACHE_KIB = 64 * 1024;

/**
 * Opens a connection the way every part of the ledger needs it: WAL so that readers never
 * block the writer, `synchronous=FULL` so that a committed append survives power loss,
 * and a busy timeout because the API and the CLI may open the same file.
 */
export function openSqlite({ file, busyTimeoutMs }: SqliteConnectionOptions): Database.Database {
  prepareWritableFile(file);
  // Children's data: a new file is readable by its owner only. SQLite gives the WAL and
  // shared-memory files the database file's permissions.
  if (file !== ':memory:' && !existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: busyTimeoutMs });
  } catch (error) {
    throw ledgerFileErrorOf(error, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // 64 MiB of page cache (the default is 2 MiB): the unique index on random event ids is
    // written all over, and once a ledger outgrows the cache every append reads its pages back.
    db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    // Revisions and positions stay bigint behind the edge.
    db.defaultSafeIntegers(true);
    return db;
  } catch (error) {
    db.close();
    throw ledgerFileErrorOf(error, file);
  }
}

/**
 * Applies the event-store schema in one write transaction (idempotent), refusing a file
 * written by a newer version of the code, and another application's SQLite database.
 */
export function applyEventStoreSchema(db: Database.Database, file: string): void {
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > SQLITE_SCHEMA_VERSION) throw newerSchemaError(file, version, SQLITE_SCHEMA_VERSION);
  if (version === SQLITE_SCHEMA_VERSION) return;
  const others = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('events', 'streams', 'read_model_checkpoints', 'sqlite_sequence')",
    )
    .pluck()
    .all();
  if (others.length > 0)
    throw new LedgerFileError(
      'not-ledger',
      file,
      `${file} is a SQLite database but not a ledger (it has other tables: ${others.slice(0, 3).join(', ')})`,
    );
  const schema = readSchema('sqlite.sql');
  db.transaction(() => db.exec(schema)).immediate();
}
