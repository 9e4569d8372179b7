import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LedgerReadOnlyError } from '../errors';
import { collect, newEvents, newStreamName } from '../testing/contract-fixtures';
import { LedgerFileError } from './ledger-file-error';
import { createFolderBounded } from './open-sqlite';
import { SqliteEventStore } from './sqlite-event-store';
import { tempLedgerDir } from './sqlite-temp.fixture';

const problemOf = (open: () => unknown): string | undefined => {
  try {
    open();
  } catch (error) {
    return error instanceof LedgerFileError ? `${error.problem}: ${error.message}` : String(error);
  }
  return undefined;
};

describe('opening the SQLite ledger file', () => {
  let temp: ReturnType<typeof tempLedgerDir>;
  beforeEach(() => (temp = tempLedgerDir()));
  afterEach(() => temp.remove());

  it('read-only: reads an existing ledger, refuses appends with LedgerReadOnlyError, and writes nothing', async () => {
    const writer = new SqliteEventStore({ file: temp.file });
    expect(writer.created).toBe(true);
    const stream = newStreamName();
    await writer.appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
    await writer.close();

    const reader = new SqliteEventStore({ file: temp.file, readOnly: true });
    try {
      expect(reader.created).toBe(false);
      expect(reader.readOnlyVia).toBe('read-only');
      expect((await collect(reader.readStream(stream))).map((e) => e.revision)).toEqual([0n, 1n]);
      await expect(
        reader.appendToStream(stream, newEvents(1), { expectedRevision: 1n }),
      ).rejects.toBeInstanceOf(LedgerReadOnlyError);
      expect((await reader.stats()).events).toBe(2n);
    } finally {
      await reader.close();
    }
  });

  it('read-only: a missing file is "no ledger" and nothing is created; a folder, another file or database is named', () => {
    const missing = join(temp.dir, 'sub', 'ledger.db');
    expect(problemOf(() => new SqliteEventStore({ file: missing, readOnly: true }))).toBe(
      `missing: no ledger at ${missing}: check --db (ledger import, demo and serve create a new ledger)`,
    );
    expect(existsSync(join(temp.dir, 'sub'))).toBe(false);
    expect(problemOf(() => new SqliteEventStore({ file: temp.dir, readOnly: true }))).toMatch(/^folder: /);
    writeFileSync(temp.file, '');
    expect(problemOf(() => new SqliteEventStore({ file: temp.file, readOnly: true }))).toBe(
      `not-ledger: ${temp.file} is an empty file, not a ledger`,
    );
    writeFileSync(temp.file, 'CHILD,SEX\n');
    expect(problemOf(() => new SqliteEventStore({ file: temp.file, readOnly: true }))).toMatch(
      /^not-sqlite: /,
    );
    expect(problemOf(() => new SqliteEventStore({ file: temp.file }))).toMatch(/^not-sqlite: /);
  });

  it('creates missing folders one level at a time, and refuses a path through a file', () => {
    const deep = join(temp.dir, 'a', 'b', 'c');
    createFolderBounded(deep, join(deep, 'ledger.db'));
    expect(existsSync(deep)).toBe(true);
    writeFileSync(join(temp.dir, 'plain'), 'x');
    expect(problemOf(() => createFolderBounded(join(temp.dir, 'plain', 'x'), 'f'))).toMatch(
      /^cannot-create: cannot create the ledger's folder .*plain: it is a file, not a folder$/,
    );
    const tooDeep = join(temp.dir, ...Array.from({ length: 40 }, (_, i) => `d${i}`));
    expect(problemOf(() => createFolderBounded(tooDeep, 'f'))).toContain('more than 32 folders are missing');
    mkdirSync(join(temp.dir, 'exists'));
    expect(() => createFolderBounded(join(temp.dir, 'exists'), 'f')).not.toThrow();
  });
});
