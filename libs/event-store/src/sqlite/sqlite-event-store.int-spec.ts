import type { ContractStoreFactory } from '../testing/event-store.contract';
import { runEventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
import { tempLedgerDir } from './sqlite-temp.fixture';

/** A store on a fresh file in the temp directory, removed with the store. */
function onTempFile(options: SqliteEventStoreOptions = {}): ContractStoreFactory {
  return () => {
    const temp = tempLedgerDir();
    const store = new SqliteEventStore({ ...options, file: temp.file });
    const dispose = async (): Promise<void> => {
      await store.close();
      temp.remove();
    };
    return Promise.resolve({ store, dispose });
  };
}

runEventStoreContract('SQLite file', onTempFile());

// Pages of three make every read and subscription of the contract cross page boundaries.
runEventStoreContract('SQLite file, pages of 3', onTempFile({ pageSize: 3 }));
