import { ChildCommandExecutor, Ssda903Importer, SystemClock } from '@ledger/core';
import { SqliteEventStore } from '@ledger/event-store';

/** How many times the executor re-decides on a concurrent append: the ledger's default. */
const COMMAND_RETRIES = 3;

/** The import path as the CLI wires it (LedgerCoreModule), without Nest: a real store, executor and clock. */
export function openLedger(file: string): { store: SqliteEventStore; importer: Ssda903Importer } {
  const clock = new SystemClock();
  const store = new SqliteEventStore({ file, clock: () => clock.now() });
  const executor = new ChildCommandExecutor(store, clock, COMMAND_RETRIES);
  return { store, importer: new Ssda903Importer(store, clock, executor) };
}
