import { SAME_DAY_RANK, type TimelineEvent } from '@ledger/domain';
import { knownAtPredicate, type AsKnownAt, type LedgerEventRecord } from '../ledger-event-record';

function inStreamOrder(records: readonly LedgerEventRecord[]): readonly LedgerEventRecord[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i - 1].revision > records[i].revision) {
      return [...records].sort((a, b) => (a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0));
    }
  }
  return records;
}

/**
 * The facts that stand for one child: the records known at `asKnownAt` (filtered first, so a
 * void recorded later is ignored), less the voided entries, in the domain's timeline order:
 * effective date, then the same-day rank the decider validates with (`SAME_DAY_RANK`: a start
 * of care before a move, a return from a temporary placement before a new one, the end of care
 * last), then stream order.
 *
 * A void that is itself voided no longer voids: voids are read from the latest back.
 */
export function visibleEvents(records: readonly LedgerEventRecord[], asKnownAt?: AsKnownAt): TimelineEvent[] {
  const ordered = inStreamOrder(records);
  const known = asKnownAt === undefined ? ordered : ordered.filter(knownAtPredicate(asKnownAt));
  const voided = new Set<string>();
  for (let i = known.length - 1; i >= 0; i--) {
    const record = known[i];
    if (record.event.type === 'EntryVoided' && !voided.has(record.id)) voided.add(record.event.data.eventId);
  }
  const facts: TimelineEvent[] = [];
  for (const record of known) {
    if (record.event.type !== 'EntryVoided' && !voided.has(record.id)) facts.push(record.event);
  }
  // Array.prototype.sort is stable: facts of one day and rank stay in stream order.
  return facts.sort(
    (a, b) =>
      (a.data.effectiveDate < b.data.effectiveDate
        ? -1
        : a.data.effectiveDate > b.data.effectiveDate
          ? 1
          : 0) || SAME_DAY_RANK[a.type] - SAME_DAY_RANK[b.type],
  );
}
