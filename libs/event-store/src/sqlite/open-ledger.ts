import type Database from 'better-sqlite3';
import { openReadOnly, prepareWritableFile, type ReadOnlyVia } from './open-sqlite';
import { applyEventStoreSchema, openSqlite, SQLITE_SCHEMA_VERSION } from './sqlite-connection';
import { toStoreError } from './sqlite-errors';

export interface OpenedLedger {
  readonly db: Database.Database;
  /** True when opening created the file (a new, empty ledger). */
  readonly created: boolean;
  /** How a read-only ledger reached its file; undefined when open for writing. */
  readonly readOnlyVia: ReadOnlyVia | undefined;
  /** Closes the connection (and removes a read-only temporary copy). */
  readonly close: () => void;
}

/**
 * Opens the event store's file as asked, validated: read-only (it must exist and is never
 * written) or for writing (created when missing, with the schema applied). Driver failures
 * become the port's errors; what is wrong with the file is a one-line `LedgerFileError`.
 */
export function openLedger(
  file: string,
  options: { readOnly: boolean; busyTimeoutMs: number },
): OpenedLedger {
  if (options.readOnly) {
    const opened = openReadOnly(file, options.busyTimeoutMs, SQLITE_SCHEMA_VERSION);
    opened.db.defaultSafeIntegers(true);
    return { db: opened.db, created: false, readOnlyVia: opened.via, close: opened.close };
  }
  const { created } = prepareWritableFile(file);
  const db = openSqlite({ file, busyTimeoutMs: options.busyTimeoutMs });
  try {
    applyEventStoreSchema(db, file);
  } catch (error) {
    db.close();
    throw toStoreError(error, file, 'open');
  }
  return { db, created, readOnlyVia: undefined, close: () => db.close() };
}
