import { type EventStore, type RecordedEvent } from '@ledger/event-store';
import { type ImportEntry, type LedgerKnowledge } from '@ledger/forecast';
import { knownAtPredicate } from '@ledger/projections';
import { type AsKnownAt } from '../as-known-at';
import { IMPORT_LOG_STREAM, IMPORT_STARTED, type ReturnsImportedData } from '../../ssda903/import-log';

const recordedAtOf = (event: RecordedEvent): string => {
  const metadata = event.metadata as { recordedAt?: unknown } | null;
  return typeof metadata?.recordedAt === 'string' ? metadata.recordedAt : event.recordedAt.toISOString();
};

/**
 * What the ledger knew of its own history at `asKnownAt`: the imports in its log (each at the
 * position of its log entry, written after the import's events) and when it first recorded
 * anything. The backtest chooses each origin's knowledge from these.
 */
export async function ledgerKnowledge(store: EventStore, asKnownAt?: AsKnownAt): Promise<LedgerKnowledge> {
  const known = asKnownAt === undefined ? () => true : knownAtPredicate(asKnownAt);
  const imports: ImportEntry[] = [];
  for await (const event of store.readStream(IMPORT_LOG_STREAM)) {
    // Only an import's end entry says its events are all in: its start entry comes before them.
    if (event.type === IMPORT_STARTED) continue;
    const recordedAt = recordedAtOf(event);
    if (!known({ position: event.position, metadata: { recordedAt } })) continue;
    const data = event.data as ReturnsImportedData;
    imports.push({ position: event.position, recordedAt, years: data.years ?? [], importId: data.importId });
  }
  let firstRecordedAt: string | undefined;
  for await (const event of store.readAll({ maxCount: 1 })) {
    const recordedAt = recordedAtOf(event);
    if (known({ position: event.position, metadata: { recordedAt } })) firstRecordedAt = recordedAt;
  }
  return { imports, firstRecordedAt };
}
