import type { ChildDetails, IdentifiedEvent } from '../events';
import { type TimelineEvent, type TimelineFact } from './timeline';

/**
 * What the decider knows of one child's stream: the details, every standing (not voided) fact
 * with its id in stream order, and the ids already voided. The timeline itself (in care or not,
 * current placement...) is replayed from the facts when a command is decided, because a
 * back-dated fact or a void can change it anywhere.
 */
export interface ChildState {
  readonly registered: boolean;
  readonly childId?: string;
  /** The details of the standing registration or update with the latest effective date. */
  readonly details?: ChildDetails;
  readonly registrationId?: string;
  readonly facts: readonly TimelineFact[];
  /** Ids of voided entries. */
  readonly voidedIds: ReadonlySet<string>;
  /** Ids of the EntryVoided events themselves (a void cannot be voided). */
  readonly voidIds: ReadonlySet<string>;
}

export const initialChildState = (): ChildState => ({
  registered: false,
  facts: [],
  voidedIds: new Set(),
  voidIds: new Set(),
});

/** Folds one stored event into the state, in stream order. */
export function evolveChild(state: ChildState, event: IdentifiedEvent): ChildState {
  if (event.type === 'EntryVoided') {
    const facts = state.facts.filter((fact) => fact.id !== event.data.eventId);
    return {
      ...state,
      facts,
      details: currentDetails(facts) ?? state.details,
      voidedIds: new Set(state.voidedIds).add(event.data.eventId),
      voidIds: new Set(state.voidIds).add(event.id),
    };
  }
  const fact: TimelineFact = { id: event.id, event: { type: event.type, data: event.data } as TimelineEvent };
  const facts = [...state.facts, fact];
  if (event.type === 'ChildRegistered') {
    return {
      ...state,
      facts,
      registered: true,
      childId: event.data.childId,
      registrationId: event.id,
      details: currentDetails(facts),
    };
  }
  if (event.type === 'ChildDetailsUpdated') return { ...state, facts, details: currentDetails(facts) };
  return { ...state, facts };
}

/**
 * The details in force today: from the registration or update with the latest effective date
 * (an update replaces the details from its date on; a tie goes to the later entry).
 */
export function currentDetails(facts: readonly TimelineFact[]): ChildDetails | undefined {
  let latest: (ChildDetails & { effectiveDate: string }) | undefined;
  for (const { event } of facts) {
    if (event.type !== 'ChildRegistered' && event.type !== 'ChildDetailsUpdated') continue;
    if (!latest || event.data.effectiveDate >= latest.effectiveDate) latest = event.data;
  }
  if (!latest) return undefined;
  const { effectiveDate: _effectiveDate, ...details } = latest;
  return details;
}
