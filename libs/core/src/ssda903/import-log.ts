import { type EventStore } from '@ledger/event-store';
import { v4 as uuidv4 } from 'uuid';

/** The ledger's own record of its imports: which returns it took, when, and by whom. */
export const IMPORT_LOG_STREAM = 'ledger-imports';

/** Written before an import appends any child: every event it appends is explained, even if it dies. */
export const IMPORT_STARTED = 'ImportStarted';
/** Written when an import has finished. */
export const RETURNS_IMPORTED = 'ReturnsImported';

export interface ImportStartedData {
  readonly importId: string;
  readonly authority: string;
  readonly years: readonly string[];
  readonly files: readonly string[];
}

export interface ReturnsImportedData {
  readonly importId: string;
  readonly authority: string;
  readonly years: readonly string[];
  readonly files: readonly string[];
  readonly children: number;
  readonly events: number;
  readonly skipped: number;
}

/**
 * The collection years earlier imports took in: a newer return's rows are not overwritten by an
 * older one. An import that started and never finished counts too: some of its children are in.
 */
export async function importedYears(store: EventStore): Promise<string[]> {
  const years = new Set<string>();
  for await (const event of store.readStream(IMPORT_LOG_STREAM)) {
    for (const year of (event.data as { years?: readonly string[] }).years ?? []) years.add(year);
  }
  return [...years].sort();
}

/** Appends one entry to the import log; the log takes entries from any number of imports. */
async function logEntry(
  store: EventStore,
  type: string,
  data: ImportStartedData | ReturnsImportedData,
  metadata: Record<string, unknown>,
): Promise<void> {
  await store.appendToStream(IMPORT_LOG_STREAM, [{ id: uuidv4(), type, data, metadata }], {
    expectedRevision: 'any',
  });
}

/** Logs an import's start, before its first child is appended. */
export function logImportStarted(
  store: EventStore,
  data: ImportStartedData,
  metadata: Record<string, unknown>,
): Promise<void> {
  return logEntry(store, IMPORT_STARTED, data, metadata);
}

/** Logs an import's end, with what it wrote. */
export function logImport(
  store: EventStore,
  data: ReturnsImportedData,
  metadata: Record<string, unknown>,
): Promise<void> {
  return logEntry(store, RETURNS_IMPORTED, data, metadata);
}
