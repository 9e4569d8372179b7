import { statSync } from 'node:fs';
import { newEvents, newStreamName } from '../testing/contract-fixtures';
import { SqliteEventStore } from './sqlite-event-store';
import { tempLedgerDir } from './sqlite-temp.fixture';

describe('SqliteEventStore file permissions', () => {
  it('creates the ledger file and its WAL readable and writable by the owner only (0600)', async () => {
    const temp = tempLedgerDir();
    const store = new SqliteEventStore({ file: temp.file });
    try {
      await store.appendToStream(newStreamName(), newEvents(1), { expectedRevision: 'no_stream' });
      expect((statSync(temp.file).mode & 0o777).toString(8)).toBe('600');
      expect((statSync(`${temp.file}-wal`).mode & 0o777).toString(8)).toBe('600');
    } finally {
      await store.close();
      temp.remove();
    }
  });
});
