import type { ChildEvent, EntryVoided } from '../../events';

/** An event that states a fact of the child's life (everything but a void). */
export type TimelineEvent = Exclude<ChildEvent, EntryVoided>;
export type TimelineEventType = TimelineEvent['type'];

/** One standing fact: an event with its id. The order of a list of facts is stream order. */
export interface TimelineFact {
  readonly id: string;
  readonly event: TimelineEvent;
}

export function isTimelineEvent(event: ChildEvent): event is TimelineEvent {
  return event.type !== 'EntryVoided';
}

/**
 * Order of facts that share an effective date. The 903 has day-granular dates, so the ledger
 * must choose how same-day facts combine; this rank follows the episode rules (docs/ssda903.md
 * §4):
 * - details first: they are who the child is that day;
 * - then a start of care, so that a legal status change or a move on the same day is part of
 *   the new period (a move on day one replaces the first placement; projections fold the
 *   zero-length spell away);
 * - then changes within care: a legal status change and a move on the same day are one B/U
 *   episode; a return from a temporary placement comes before a move, and a new temporary
 *   placement after it, so a temporary placement that starts and ends on the same day is
 *   refused (an episode lasts at least a day);
 * - adoption decisions, matches and reversals while still in care;
 * - then the end of care, after everything else that happened that day in care;
 * - last the facts that follow leaving care (Staying Put, care leaver contacts).
 * Facts of the same date and rank keep stream (recorded) order.
 */
export const SAME_DAY_RANK: Readonly<Record<TimelineEventType, number>> = {
  ChildRegistered: 0,
  ChildDetailsUpdated: 0,
  CareStarted: 1,
  LegalStatusChanged: 2,
  TemporaryPlacementEnded: 3,
  PlacementMoved: 4,
  TemporaryPlacementStarted: 5,
  AdoptionDecisionMade: 6,
  AdoptionMatched: 7,
  AdoptionDecisionReversed: 7,
  CareEnded: 8,
  StayingPutStarted: 9,
  StayingPutEnded: 9,
  CareLeaverContactRecorded: 9,
};

/** The facts in timeline order: effective date, then same-day rank, then stream order. */
export function orderTimeline(facts: readonly TimelineFact[]): TimelineFact[] {
  return facts
    .map((fact, streamIndex) => ({ fact, streamIndex }))
    .sort(
      (a, b) =>
        compareDates(a.fact.event.data.effectiveDate, b.fact.event.data.effectiveDate) ||
        SAME_DAY_RANK[a.fact.event.type] - SAME_DAY_RANK[b.fact.event.type] ||
        a.streamIndex - b.streamIndex,
    )
    .map(({ fact }) => fact);
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
