import { StoreUnavailableError } from '../errors';

/** SQLite result codes that say the file could not be used right now, not that the request was wrong. */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|NOTADB|CORRUPT)/;

/**
 * The driver's error, recognised by shape rather than `instanceof`: the native addon keeps
 * the error class of the first copy of better-sqlite3 loaded in the process, which is not
 * the copy a later module registry (a jest test file) sees.
 */
interface SqliteErrorLike extends Error {
  readonly code: string;
}

function isSqliteError(error: unknown): error is SqliteErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'SqliteError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** True when `error` is the unique-constraint violation on `events.event_id`. */
export function isDuplicateEventIdViolation(error: unknown): boolean {
  return (
    isSqliteError(error) &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('events.event_id')
  );
}

/**
 * Turns a driver error that means "the store is unavailable" into the port's
 * {@link StoreUnavailableError}, naming the file and the operation; others pass through.
 */
export function toStoreError(error: unknown, file: string, operation: string): Error {
  if (isSqliteError(error) && UNAVAILABLE.test(error.code)) {
    return new StoreUnavailableError(`SQLite event store ${file} failed to ${operation}: ${error.message}`, {
      cause: error,
    });
  }
  return error as Error;
}
