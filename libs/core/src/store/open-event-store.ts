import { EsdbEventStore, type EventStore, SqliteEventStore } from '@ledger/event-store';
import { type StoreConfig } from '../config/ledger-config';
import { type Clock } from '../clock/clock';

/** Opens the configured store: the embedded SQLite file by default, EventStoreDB when configured. */
export function openEventStore(config: StoreConfig, clock: Clock, readOnly = false): EventStore {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore({ file: config.file, clock: () => clock.now(), readOnly });
    case 'esdb':
      return new EsdbEventStore({ connectionString: config.connectionString });
  }
}
