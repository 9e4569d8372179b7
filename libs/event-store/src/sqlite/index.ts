export { DEFAULT_SQLITE_FILE, SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
export { SQLITE_SCHEMA_VERSION } from './sqlite-connection';
export { LedgerFileError, type LedgerFileProblem } from './ledger-file-error';
export { type ReadOnlyVia } from './open-sqlite';
