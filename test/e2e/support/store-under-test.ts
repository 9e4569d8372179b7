import { EsdbWireServer } from '../../esdb-wire-server/esdb-wire-server';

/**
 * Which store the end-to-end suite runs on. By default each test's SQLite file; in the
 * `e2e-esdb` project, a loopback EventStoreDB wire server per file name, shared by every
 * API and CLI process a test starts on that "file", so they see one store as they would.
 */
export const onEventStoreDb = (): boolean => process.env.LEDGER_E2E_STORE === 'esdb-wire';

const servers = new Map<string, { server: EsdbWireServer; users: number }>();

/** The environment that points the ledger at the store standing for `dbFile`. */
export async function storeEnv(dbFile: string): Promise<Record<string, string>> {
  if (!onEventStoreDb()) return {};
  let entry = servers.get(dbFile);
  if (!entry) {
    entry = { server: await EsdbWireServer.start(), users: 0 };
    servers.set(dbFile, entry);
  }
  entry.users += 1;
  return esdbEnv(dbFile, entry.server);
}

/** The environment for a process that joins a store already started for `dbFile`. */
export function joinStoreEnv(dbFile: string): Record<string, string> {
  const entry = servers.get(dbFile);
  if (!entry) throw new Error(`No store was started for ${dbFile}`);
  return esdbEnv(dbFile, entry.server);
}

function esdbEnv(dbFile: string, server: EsdbWireServer): Record<string, string> {
  return {
    EVENTSTORE_CONNECTION_STRING: server.connectionString,
    LEDGER_READ_MODELS_FILE: `${dbFile}.read-models`,
  };
}

export async function releaseStore(dbFile: string): Promise<void> {
  const entry = servers.get(dbFile);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users === 0) {
    servers.delete(dbFile);
    await entry.server.stop();
  }
}

/**
 * A CLI invocation on the store under test: on EventStoreDB, `--db FILE` becomes the
 * connection to the server standing for FILE.
 */
export function cliInvocation(args: string[]): { args: string[]; env: Record<string, string> } {
  const at = args.indexOf('--db');
  if (!onEventStoreDb() || at < 0) return { args, env: {} };
  const file = args[at + 1];
  return { args: [...args.slice(0, at), ...args.slice(at + 2)], env: joinStoreEnv(file) };
}
