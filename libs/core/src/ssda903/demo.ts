import { type EventStore } from '@ledger/event-store';
import { generateAuthority } from '@ledger/ssda903';
import { type ImportSummary } from './import-summary';
import { type Ssda903Importer } from './ssda903-importer';

export interface DemoRequest {
  readonly children: number;
  readonly seed: number;
  readonly authority: string;
  readonly years: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export class LedgerNotEmptyError extends Error {
  readonly code = 'DEMO.LEDGER_NOT_EMPTY';
  constructor(events: bigint) {
    super(`The demo fills an empty ledger, and this one holds ${events} events: use another --db file`);
  }
}

/**
 * Fills an empty ledger with a generated authority through the import path, a batch of
 * children at a time so that national scale fits in memory.
 */
export async function fillDemo(
  store: EventStore,
  importer: Ssda903Importer,
  request: DemoRequest,
): Promise<ImportSummary[]> {
  const { events } = await store.stats();
  if (events > 0n) throw new LedgerNotEmptyError(events);
  const authority = generateAuthority({
    children: request.children,
    seed: request.seed,
    authority: request.authority,
    years: request.years,
  });
  const summaries: ImportSummary[] = [];
  let done = 0;
  for (const returns of authority.batches(5_000)) {
    const offset = done;
    const summary = await importer.importReturns(
      returns,
      {
        authority: request.authority,
        recordedBy: 'demo',
        source: 'demo',
        onProgress: (n) => request.onProgress?.(offset + n, authority.children),
      },
      { importedYears: [] },
    );
    done += summary.children.inReturns;
    summaries.push(summary);
  }
  return summaries;
}
