/**
 * The EventStoreDB the `esdb` suites run against. They run only on request (`npm run test:esdb`),
 * so a missing setting fails them loudly instead of skipping them.
 */
export function requiredConnectionString(): string {
  const value = process.env.EVENTSTORE_CONNECTION_STRING;
  if (!value) {
    throw new Error(
      'Set EVENTSTORE_CONNECTION_STRING to run the EventStoreDB suites, e.g. ' +
        'EVENTSTORE_CONNECTION_STRING="esdb://localhost:2113?tls=false" npm run test:esdb ' +
        '(docker/README.md starts a server). Without a server, `npm test` runs the same suites ' +
        'through the loopback wire server in test/esdb-wire-server.',
    );
  }
  return value;
}
