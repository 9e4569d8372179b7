import { type EventStore, openEsdbEventStore, SqliteEventStore } from '@ledger/event-store';
import { type StoreConfig } from '../config/ledger-config';
import { type Clock } from '../clock/clock';
import { ChainedEventStore } from '../audit/chain/chained-event-store';

/**
 * Opens the configured store: the embedded SQLite file by default, EventStoreDB when configured;
 * either way behind the hash chain, so that every writer's events are chained.
 */
export function openEventStore(config: StoreConfig, clock: Clock, readOnly = false): EventStore {
  return new ChainedEventStore(openAdapter(config, clock, readOnly));
}

function openAdapter(config: StoreConfig, clock: Clock, readOnly: boolean): EventStore {
  switch (config.kind) {
    case 'sqlite':
      return new SqliteEventStore({ file: config.file, clock: () => clock.now(), readOnly });
    case 'esdb':
      return openEsdbEventStore({ connectionString: config.connectionString });
  }
}
