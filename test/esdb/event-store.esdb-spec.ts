import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { runEventStoreContract } from '../../libs/event-store/src/testing';
import { requiredConnectionString } from './support/connection-string';

// A real server, perhaps a cluster electing a leader, answers slower than the loopback one.
jest.setTimeout(60_000);

// The port's contract against a real EventStoreDB (a single node or a cluster).
const connectionString = requiredConnectionString();

runEventStoreContract(`EventStoreDB at ${connectionString}`, () => {
  const store = new EsdbEventStore({ connectionString });
  return Promise.resolve({ store, dispose: () => store.close() });
});
