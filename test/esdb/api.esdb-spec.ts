import { describeApiOnEventStoreDb } from './support/api-on-eventstoredb';
import { requiredConnectionString } from './support/connection-string';

// A real server, perhaps a cluster electing a leader, answers slower than the loopback one.
jest.setTimeout(60_000);

const connectionString = requiredConnectionString();

describeApiOnEventStoreDb(connectionString, () => connectionString);
