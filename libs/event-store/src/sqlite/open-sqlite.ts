import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerFileError } from './ledger-file-error';

// better-sqlite3 reads SQLITE_USE_URI once, when its native addon loads (the first database
// opened in the process): URI file names let a copy in a read-only folder be opened
// `immutable=1`. Where the addon was loaded earlier without it, the copy fallback below serves.
process.env.SQLITE_USE_URI ??= '1';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** How many missing folder levels a ledger path may add: a bound, so no create can run away. */
const MAX_NEW_FOLDERS = 32;

/** How a read-only ledger was opened (the fallbacks are for read-only folders and mounts). */
export type ReadOnlyVia = 'read-only' | 'immutable' | 'copy';

export interface OpenedReadOnly {
  readonly db: Database.Database;
  readonly via: ReadOnlyVia;
  /** Closes the connection and removes a temporary copy, if one was made. */
  readonly close: () => void;
}

const errorCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/**
 * What is at `file` before it is opened: nothing, a folder, or a file (with its size and whether
 * it starts with SQLite's header). Only `statSync` and one small read: bounded on any filesystem.
 */
function inspect(
  file: string,
): { kind: 'missing' } | { kind: 'folder' } | { kind: 'file'; size: number; sqlite: boolean } {
  let size: number;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return { kind: 'folder' };
    size = info.size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return { kind: 'missing' };
    throw new LedgerFileError(
      'cannot-create',
      file,
      `cannot read ${file}: ${errorCode(error) || String(error)}`,
    );
  }
  if (size === 0) return { kind: 'file', size, sqlite: false };
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return { kind: 'file', size, sqlite: head.equals(SQLITE_HEADER) };
}

const folderError = (file: string) =>
  new LedgerFileError(
    'folder',
    file,
    `${file} is a folder, not a ledger file: give the file's path, e.g. ${join(file, 'ledger.db')}`,
  );

const notSqliteError = (file: string) =>
  new LedgerFileError('not-sqlite', file, `${file} is not a ledger: it is not a SQLite database`);

/**
 * Creates `folder` and its missing parents one level at a time (never `recursive: true`, which
 * can spin on pseudo-filesystems such as /proc and /sys), at most {@link MAX_NEW_FOLDERS} levels.
 *
 * @throws {@link LedgerFileError} `cannot-create`, naming the folder and the reason.
 */
export function createFolderBounded(folder: string, file: string): void {
  const missing: string[] = [];
  let current = resolve(folder);
  for (;;) {
    let info;
    try {
      info = statSync(current);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw cannotCreate(file, current, code);
      missing.push(current);
      const parent = dirname(current);
      if (parent === current || missing.length > MAX_NEW_FOLDERS)
        throw cannotCreate(file, folder, `more than ${MAX_NEW_FOLDERS} folders are missing`);
      current = parent;
      continue;
    }
    if (!info.isDirectory()) throw cannotCreate(file, current, 'it is a file, not a folder');
    break;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      if (errorCode(error) === 'EEXIST' && statSync(level).isDirectory()) continue;
      throw cannotCreate(file, level, errorCode(error) || String(error));
    }
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only filesystem',
  ENOENT: 'the filesystem does not allow it (a pseudo-filesystem such as /proc or /sys?)',
  ENOSPC: 'no space left',
};

function cannotCreate(file: string, folder: string, reason: string): LedgerFileError {
  const why = REASONS[reason] ? `${REASONS[reason]} (${reason})` : reason;
  return new LedgerFileError('cannot-create', file, `cannot create the ledger's folder ${folder}: ${why}`);
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const readOnlyError = (file: string, why: string) =>
  new LedgerFileError(
    'read-only',
    file,
    `${file} is read-only (${why}): this command records events; read commands and serve --read-only can open it`,
  );

/**
 * Checks that `file` can be opened for writing, creating its folder when missing (bounded).
 * Returns whether the file is new. SQLite's WAL mode writes `-wal` and `-shm` files beside the
 * ledger, so its folder must be writable too.
 *
 * @throws {@link LedgerFileError} naming the file and what is wrong.
 */
export function prepareWritableFile(file: string): { created: boolean } {
  if (file === ':memory:') return { created: false };
  const found = inspect(file);
  if (found.kind === 'folder') throw folderError(file);
  const folder = dirname(resolve(file));
  if (found.kind === 'missing') {
    createFolderBounded(folder, file);
    if (!writable(folder)) throw readOnlyError(file, `its folder ${folder} cannot be written`);
    return { created: true };
  }
  if (found.size > 0 && !found.sqlite) throw notSqliteError(file);
  if (!writable(file)) throw readOnlyError(file, 'the file cannot be written');
  if (!writable(folder)) throw readOnlyError(file, `its folder ${folder} cannot be written`);
  return { created: false };
}

/** Maps a driver error met while opening `file` to the one-line {@link LedgerFileError}, if it is one. */
export function ledgerFileErrorOf(error: unknown, file: string): Error {
  const code = errorCode(error);
  if (code === 'SQLITE_NOTADB') return notSqliteError(file);
  if (code.startsWith('SQLITE_READONLY')) return readOnlyError(file, 'SQLite could not write it');
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new LedgerFileError('cannot-create', file, `cannot open ${file}: SQLite could not open the file`);
  return error as Error;
}

/** A `file:` URI for SQLite's URI parameters (`immutable=1`). */
function sqliteUri(file: string, parameters: string): string {
  const path = resolve(file)
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
  return `file:${path}?${parameters}`;
}

/** Reads the schema version and whether the ledger's tables are there, forcing the file to be read. */
function probe(db: Database.Database): { version: number; ledger: boolean } {
  const version = Number(db.pragma('user_version', { simple: true }));
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('events', 'streams')")
    .pluck()
    .all();
  return { version, ledger: tables.length === 2 };
}

function tryOpen(
  target: string,
  options: Database.Options,
): { db: Database.Database; shape: ReturnType<typeof probe> } | { error: unknown } {
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { ...options, readonly: true, fileMustExist: true });
    return { db, shape: probe(db) };
  } catch (error) {
    db?.close();
    return { error };
  }
}

/**
 * Opens an existing ledger read-only and checks it is one this code can read. It never writes
 * the file or creates one, so it works on an auditor's copy in a read-only file, folder or
 * mount. In WAL mode SQLite's readers need the `-shm` file (created if missing); where the
 * folder cannot be written:
 * - with no `-wal` content (the usual copy), the file is opened `immutable=1`, which needs no
 *   `-shm` (nothing else can be writing a file in a read-only folder);
 * - otherwise (`-wal` content, or URI file names unavailable) the file and its `-wal` are
 *   copied to a temporary folder and the copy is opened, so the last committed appends are
 *   seen; the copy is removed on close.
 *
 * @throws {@link LedgerFileError} naming the file: missing, a folder, not SQLite, not a
 *   ledger, or of a newer schema version than `schemaVersion`.
 */
export function openReadOnly(file: string, busyTimeoutMs: number, schemaVersion: number): OpenedReadOnly {
  if (file === ':memory:') {
    const db = new Database(':memory:');
    return { db, via: 'read-only', close: () => db.close() };
  }
  const found = inspect(file);
  if (found.kind === 'missing')
    throw new LedgerFileError(
      'missing',
      file,
      `no ledger at ${file}: check --db (ledger import, demo and serve create a new ledger)`,
    );
  if (found.kind === 'folder') throw folderError(file);
  if (found.size === 0)
    throw new LedgerFileError('not-ledger', file, `${file} is an empty file, not a ledger`);
  if (!found.sqlite) throw notSqliteError(file);

  const options = { timeout: busyTimeoutMs };
  let opened = tryOpen(file, options);
  let via: ReadOnlyVia = 'read-only';
  let copy: string | undefined;
  if ('error' in opened && isCannotShare(opened.error) && !hasWalContent(file)) {
    opened = tryOpen(sqliteUri(file, 'immutable=1'), options);
    via = 'immutable';
  }
  if ('error' in opened && isCannotShare(opened.error)) {
    copy = mkdtempSync(join(tmpdir(), 'ledger-read-only-'));
    const copied = join(copy, basename(file));
    try {
      copyFileSync(file, copied);
      if (hasWalContent(file)) copyFileSync(`${file}-wal`, `${copied}-wal`);
      opened = tryOpen(copied, options);
    } catch (error) {
      opened = { error };
    }
    via = 'copy';
  }
  const removeCopy = () => copy && rmSync(copy, { recursive: true, force: true });
  if ('error' in opened) {
    removeCopy();
    throw ledgerFileErrorOf(opened.error, file);
  }
  const { db, shape } = opened;
  const close = () => {
    if (db.open) db.close();
    removeCopy();
  };
  if (shape.version > schemaVersion) {
    close();
    throw newerSchemaError(file, shape.version, schemaVersion);
  }
  if (!shape.ledger) {
    close();
    throw new LedgerFileError(
      'not-ledger',
      file,
      `${file} is a SQLite database but not a ledger (no events table)`,
    );
  }
  return { db, via, close };
}

/** The error for a file written by a newer version of the ledger. */
export function newerSchemaError(file: string, version: number, known: number): LedgerFileError {
  return new LedgerFileError(
    'newer-schema',
    file,
    `${file} was written by a newer ledger (schema version ${version}; this one reads up to ${known}): use a newer version of the ledger`,
  );
}

/** A read-only connection that SQLite could not set up beside the file (no writable `-shm`). */
function isCannotShare(error: unknown): boolean {
  const code = errorCode(error);
  return code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY');
}

function hasWalContent(file: string): boolean {
  const wal = `${file}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}
