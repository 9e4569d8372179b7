import type { LocalDate } from '@ledger/domain';
import { type StoredChildEvent } from '../../write/stream-events';
import { type AsKnownAt, asKnownAtLabel, knownAtPredicate } from '@ledger/projections';

export interface HistoryEntry {
  readonly eventId: string;
  readonly type: string;
  readonly effectiveDate: LocalDate;
  readonly data: unknown;
  readonly revision: string;
  readonly position: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly source: string;
  readonly commandId: string;
  readonly correlationId: string;
  /** Set when a later entry voided this one (as known at the query's moment). */
  readonly voided: {
    readonly byEventId: string;
    readonly reason: string;
    readonly recordedAt: string;
    readonly recordedBy: string;
  } | null;
}

export interface ChildHistory {
  readonly childId: string;
  readonly asKnownAt: string | null;
  /** Every entry in effective-date order (stream order within a day); voided entries stay, marked. */
  readonly entries: readonly HistoryEntry[];
}

/**
 * The child's history as an auditor reads it: what happened when in the child's life,
 * and when and by whom the ledger learned it. Nothing is hidden; voids are marked.
 */
export function childHistory(
  childId: string,
  events: readonly StoredChildEvent[],
  asKnownAt?: AsKnownAt,
): ChildHistory {
  const known = asKnownAt === undefined ? events : events.filter(knownAtPredicate(asKnownAt));
  const voids = new Map<string, StoredChildEvent>();
  for (const e of known) if (e.event.type === 'EntryVoided') voids.set(e.event.data.eventId, e);
  const entries = known.map((e): HistoryEntry => {
    const voidedBy = voids.get(e.event.id);
    return {
      eventId: e.event.id,
      type: e.event.type,
      effectiveDate: e.event.data.effectiveDate,
      data: e.event.data,
      revision: e.revision.toString(),
      position: e.position.toString(),
      recordedAt: e.metadata.recordedAt,
      recordedBy: e.metadata.recordedBy,
      source: e.metadata.source,
      commandId: e.metadata.commandId,
      correlationId: e.metadata.correlationId,
      voided:
        voidedBy && voidedBy.event.type === 'EntryVoided'
          ? {
              byEventId: voidedBy.event.id,
              reason: voidedBy.event.data.reason,
              recordedAt: voidedBy.metadata.recordedAt,
              recordedBy: voidedBy.metadata.recordedBy,
            }
          : null,
    };
  });
  // Stable sort: stream order stands within a day.
  entries.sort((a, b) =>
    a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0,
  );
  return { childId, asKnownAt: asKnownAtLabel(asKnownAt), entries };
}
