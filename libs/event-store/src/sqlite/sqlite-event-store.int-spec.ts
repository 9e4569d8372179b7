import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractStoreFactory } from '../testing/event-store.contract';
import { runEventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';

/** A store on a fresh file in the temp directory, removed with the store. */
function onTempFile(options: SqliteEventStoreOptions = {}): ContractStoreFactory {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-store-'));
    const store = new SqliteEventStore({ ...options, file: join(dir, 'ledger.db') });
    const dispose = async (): Promise<void> => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return Promise.resolve({ store, dispose });
  };
}

runEventStoreContract('SQLite file', onTempFile());

// Pages of three make every read and subscription of the contract cross page boundaries.
runEventStoreContract('SQLite file, pages of 3', onTempFile({ pageSize: 3 }));
