import { type EventStore } from './event-store.port';
import { type EsdbEventStoreOptions } from './esdb';

export * from './event-store.port';
export * from './errors';
export * from './sqlite';
export * from './read-models';
export type { EsdbEventStore, EsdbEventStoreOptions } from './esdb';

/**
 * EventStoreDB's adapter, loaded on first use. Its gRPC client takes a tenth of a second or more
 * to load, which every CLI process (and every test file) on the embedded store would otherwise
 * pay; the class itself is `./esdb`'s export for code that needs more than the port.
 */
export function openEsdbEventStore(options: EsdbEventStoreOptions): EventStore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  const { EsdbEventStore } = require('./esdb') as typeof import('./esdb');
  return new EsdbEventStore(options);
}
