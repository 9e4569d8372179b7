import { type EventStore } from '@ledger/event-store';
import { IMPORT_LOG_STREAM, type ReturnsImportedData } from '../../ssda903/import-log';

export interface ImportRecord extends ReturnsImportedData {
  readonly recordedAt: string | null;
  readonly recordedBy: string | null;
  readonly source: string | null;
  /** The log position of the import's own record (its events come before it). */
  readonly position: string;
}

/** Every import the ledger took, in order, from its import log: files, years, counts, who and when. */
export async function listImports(store: EventStore): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const e of store.readStream(IMPORT_LOG_STREAM)) {
    const meta = (e.metadata ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    out.push({
      ...(e.data as ReturnsImportedData),
      recordedAt: str(meta.recordedAt),
      recordedBy: str(meta.recordedBy),
      source: str(meta.source),
      position: e.position.toString(),
    });
  }
  return out;
}
