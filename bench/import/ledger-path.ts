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

/** Milliseconds since `start`, from the monotonic clock. */
export const since = (start: number): number => performance.now() - start;

export const count = (value: number): string => Math.round(value).toLocaleString('en-GB');
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const perSecond = (events: number, ms: number): string => `${count(events / (ms / 1000))} events/s`;
