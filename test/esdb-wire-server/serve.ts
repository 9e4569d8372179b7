/**
 * Runs the loopback EventStoreDB wire server on its own, for trying the ledger or the `esdb`
 * suites without Docker:
 *
 *   node -r @swc-node/register test/esdb-wire-server/serve.ts [port]
 *
 * It prints the connection string and serves until stopped; its data lives in memory only.
 */
import { EsdbWireServer } from './esdb-wire-server';

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 0);
  const server = await EsdbWireServer.start({ port });
  process.stdout.write(`${server.connectionString}\n`);
  const stop = (): void => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop).once('SIGTERM', stop);
}

void main();
