import { type EventStore } from '@ledger/event-store';
import { v4 as uuidv4 } from 'uuid';

/** The ledger's own record of its imports: which returns it took, when, and by whom. */
export const IMPORT_LOG_STREAM = 'ledger-imports';

export interface ReturnsImportedData {
  readonly importId: string;
  readonly authority: string;
  readonly years: readonly string[];
  readonly files: readonly string[];
  readonly children: number;
  readonly events: number;
  readonly skipped: number;
}

/** The collection years earlier imports took in: a newer return's rows are not overwritten by an older one. */
export async function importedYears(store: EventStore): Promise<string[]> {
  const years = new Set<string>();
  for await (const event of store.readStream(IMPORT_LOG_STREAM)) {
    for (const year of (event.data as ReturnsImportedData).years) years.add(year);
  }
  return [...years].sort();
}

export async function logImport(
  store: EventStore,
  data: ReturnsImportedData,
  metadata: Record<string, unknown>,
): Promise<void> {
  await store.appendToStream(IMPORT_LOG_STREAM, [{ id: uuidv4(), type: 'ReturnsImported', data, metadata }], {
    expectedRevision: 'any',
  });
}
