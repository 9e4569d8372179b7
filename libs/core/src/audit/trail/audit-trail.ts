import { type ChildEvent, childIdOfStream } from '@ledger/domain';
import { type EventStore, type RecordedEvent } from '@ledger/event-store';
import { IMPORT_LOG_STREAM, type ReturnsImportedData } from '../../ssda903/import-log';
import { CHECKPOINT_STREAM, type CheckpointSignedData } from '../checkpoints/checkpoint';
import { describeEvent } from './describe-event';

/** Filters of the trail; every one optional. `after` is the paging cursor (a position). */
export interface TrailQuery {
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
  readonly recordedBy?: string;
  readonly childId?: string;
  readonly source?: string;
  readonly type?: string;
  readonly importId?: string;
  readonly after?: bigint;
  readonly limit: number;
}

export interface TrailEntry {
  readonly position: string;
  readonly recordedAt: string | null;
  readonly recordedBy: string | null;
  /** The roles of who recorded it, where the write path kept them. */
  readonly roles: readonly string[] | null;
  readonly source: string | null;
  /** For an import: its id and the files it read. */
  readonly importId: string | null;
  readonly files: readonly string[] | null;
  readonly commandId: string | null;
  readonly correlationId: string | null;
  readonly stream: string;
  readonly childId: string | null;
  readonly revision: string;
  readonly eventId: string;
  readonly type: string;
  readonly effectiveDate: string | null;
  readonly description: string;
  /** For a void: the entry it voided, in words. */
  readonly voids: { readonly eventId: string; readonly type: string; readonly description: string } | null;
}

export interface TrailPage {
  readonly entries: readonly TrailEntry[];
  /** Pass as `after` for the next page; null on the last. */
  readonly next: string | null;
}

type Meta = Record<string, unknown>;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function describeOther(event: RecordedEvent): string {
  if (event.type === 'ReturnsImported') {
    const d = event.data as ReturnsImportedData;
    return `Import of ${d.years.join(', ')} returns for ${d.authority}: ${d.children} children, ${d.events} events appended, ${d.skipped} skipped`;
  }
  if (event.streamName === CHECKPOINT_STREAM) {
    const d = event.data as CheckpointSignedData;
    return `Checkpoint ${d.sequence} signed (${d.reason}): ${d.count} events up to position ${d.position}`;
  }
  if (event.type === 'ReportSaved') return `Report saved: ${text((event.data as Meta).name) ?? ''}`;
  return `${event.type} in ${event.streamName}`;
}

function matches(query: TrailQuery, event: RecordedEvent, meta: Meta, childId: string | undefined): boolean {
  const at = text(meta.recordedAt);
  if (query.recordedFrom && (!at || Date.parse(at) < Date.parse(query.recordedFrom))) return false;
  if (query.recordedTo && (!at || Date.parse(at) > Date.parse(query.recordedTo))) return false;
  if (query.recordedBy && meta.recordedBy !== query.recordedBy) return false;
  if (query.childId && childId !== query.childId) return false;
  if (query.source && meta.source !== query.source) return false;
  if (query.type && event.type !== query.type) return false;
  if (
    query.importId &&
    meta.correlationId !== query.importId &&
    (event.data as Meta)?.importId !== query.importId
  )
    return false;
  return true;
}

/** The event a void names, from its child's stream (it may lie before the page). */
async function voided(store: EventStore, stream: string, eventId: string): Promise<TrailEntry['voids']> {
  for await (const e of store.readStream(stream)) {
    if (e.id === eventId)
      return {
        eventId,
        type: e.type,
        description: describeEvent({ type: e.type, data: e.data } as ChildEvent),
      };
  }
  return { eventId, type: 'unknown', description: 'not in the stream' };
}

/**
 * Every event in the order the ledger learned it (log order: recorded times follow it), with
 * who, from where, and what it says in words; filtered and paged by position.
 */
export async function auditTrail(store: EventStore, query: TrailQuery): Promise<TrailPage> {
  const imports = new Map<string, ReturnsImportedData>();
  for await (const e of store.readStream(IMPORT_LOG_STREAM)) {
    const d = e.data as ReturnsImportedData;
    imports.set(d.importId, d);
  }
  const entries: TrailEntry[] = [];
  const from = query.after === undefined ? 'start' : query.after + 1n;
  for await (const event of store.readAll({ fromPosition: from })) {
    const meta = (event.metadata ?? {}) as Meta;
    const childId = childIdOfStream(event.streamName);
    if (!matches(query, event, meta, childId)) continue;
    if (entries.length === query.limit) return { entries, next: entries[entries.length - 1].position };
    const data = (event.data ?? {}) as Meta;
    const importId =
      meta.source === 'import' || meta.source === 'demo'
        ? (text(meta.correlationId) ?? text(data.importId))
        : null;
    const child = childId !== undefined ? ({ type: event.type, data } as unknown as ChildEvent) : undefined;
    entries.push({
      position: event.position.toString(),
      recordedAt: text(meta.recordedAt),
      recordedBy: text(meta.recordedBy),
      roles: Array.isArray(meta.roles) ? (meta.roles as string[]) : null,
      source: text(meta.source),
      importId,
      files: importId ? (imports.get(importId)?.files ?? null) : null,
      commandId: text(meta.commandId),
      correlationId: text(meta.correlationId),
      stream: event.streamName,
      childId: childId ?? null,
      revision: event.revision.toString(),
      eventId: event.id,
      type: event.type,
      effectiveDate: text(data.effectiveDate),
      description: child ? describeEvent(child) : describeOther(event),
      voids: child?.type === 'EntryVoided' ? await voided(store, event.streamName, child.data.eventId) : null,
    });
  }
  return { entries, next: null };
}
