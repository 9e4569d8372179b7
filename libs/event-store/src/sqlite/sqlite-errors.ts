import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors';

/** SQLite result codes that say the file could not be used right now, not that the request was wrong. */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|NOTADB|CORRUPT)/;

/** True when `error` is the unique-constraint violation on `events.event_id`. */
export function isDuplicateEventIdViolation(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('events.event_id')
  );
}

/**
 * Turns a driver error that means "the store is unavailable" into the port's
 * {@link StoreUnavailableError}, naming the file and the operation; others pass through.
 */
export function toStoreError(error: unknown, file: string, operation: string): Error {
  if (error instanceof Database.SqliteError && UNAVAILABLE.test(error.code)) {
    return new StoreUnavailableError(`SQLite event store ${file} failed to ${operation}: ${error.message}`, {
      cause: error,
    });
  }
  return error instanceof Error
    ? error
    : new Error(`SQLite event store ${file} failed to ${operation}`, { cause: error });
}
