import { ChainedEventStore, ChildCommandExecutor, Ssda903Importer, SystemClock } from '@ledger/core';
import { type EventStore, SqliteEventStore } from '@ledger/event-store';

/** How many times the executor re-decides on a concurrent append: the ledger's default. */
const COMMAND_RETRIES = 3;

/**
 * The import path as the CLI wires it (LedgerCoreModule, `openEventStore`), without Nest: a real
 * SQLite store behind the hash chain, the executor and the clock. `chain: false` leaves the chain
 * out, only to show what it costs.
 */
export function openLedger(
  file: string,
  options: { chain?: boolean } = {},
): { store: EventStore; importer: Ssda903Importer } {
  const clock = new SystemClock();
  const sqlite = new SqliteEventStore({ file, clock: () => clock.now() });
  const store = options.chain === false ? sqlite : new ChainedEventStore(sqlite);
  const executor = new ChildCommandExecutor(store, clock, COMMAND_RETRIES);
  return { store, importer: new Ssda903Importer(store, clock, executor) };
}
