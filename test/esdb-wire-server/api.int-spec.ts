import { afterAll, beforeAll, jest } from '@jest/globals';
import { describeApiOnEventStoreDb } from '../esdb/support/api-on-eventstoredb';
import { EsdbWireServer } from './esdb-wire-server';

// gRPC round trips on a machine shared with other test runs: more than jest's default 5 s.
jest.setTimeout(30_000);

// The API end to end on the EventStoreDB adapter, through the loopback server; `npm run test:esdb`
// runs the same against a real server.
let server: EsdbWireServer | undefined;

beforeAll(async () => {
  server = await EsdbWireServer.start();
});
afterAll(async () => {
  await server?.stop();
});

describeApiOnEventStoreDb('loopback wire server', () => {
  if (!server) throw new Error('The loopback EventStoreDB server did not start');
  return server.connectionString;
});
