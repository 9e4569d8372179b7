import { afterAll, beforeAll, jest } from '@jest/globals';
import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { runEventStoreContract } from '../../libs/event-store/src/testing';
import { EsdbWireServer } from './esdb-wire-server';

// gRPC round trips on a machine shared with other test runs: more than jest's default 5 s.
jest.setTimeout(30_000);

// One server per configuration, as a real one would be: the contract gives each test streams of
// its own and never assumes it sees an empty log.
const servers: Record<'batch' | 'plain', EsdbWireServer | undefined> = { batch: undefined, plain: undefined };

beforeAll(async () => {
  servers.batch = await EsdbWireServer.start();
  servers.plain = await EsdbWireServer.start({ batchAppend: false });
});
afterAll(async () => {
  await servers.batch?.stop();
  await servers.plain?.stop();
});

function onServer(kind: 'batch' | 'plain') {
  return () => {
    const server = servers[kind];
    if (!server) throw new Error(`The ${kind} loopback EventStoreDB server did not start`);
    const store = new EsdbEventStore({ connectionString: server.connectionString });
    return Promise.resolve({ store, dispose: () => store.close() });
  };
}

// Servers since 21.10 take appends through Streams.BatchAppend; older ones through Streams.Append.
runEventStoreContract('EventStoreDB (loopback wire server, BatchAppend)', onServer('batch'));
runEventStoreContract('EventStoreDB (loopback wire server, Append)', onServer('plain'));
