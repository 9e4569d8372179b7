import type { IdentifiedEvent } from '../events';
import { type ChildState, currentDetails, evolveChild, initialChildState } from './child-state';
import { type TimelineEvent, type TimelineFact } from './timeline';

/**
 * The state of a whole stream in one pass, equal to folding it with {@link evolveChild} event by
 * event but without copying the facts at each event (which made a decision on a long stream grow
 * with the square of its length): standing facts are kept in insertion order in a map a void
 * deletes from, and the details are read once at the end.
 */
export function foldChild(events: readonly IdentifiedEvent[]): ChildState {
  const standing = new Map<string, TimelineFact>();
  const voidedIds = new Set<string>();
  const voidIds = new Set<string>();
  let registration: { childId: string; id: string } | undefined;
  let touchedDetails = false;
  for (const event of events) {
    if (event.type === 'EntryVoided') {
      standing.delete(event.data.eventId);
      voidedIds.add(event.data.eventId);
      voidIds.add(event.id);
      touchedDetails = true;
      continue;
    }
    standing.set(event.id, { id: event.id, event: { type: event.type, data: event.data } as TimelineEvent });
    if (event.type === 'ChildRegistered') registration = { childId: event.data.childId, id: event.id };
    if (event.type === 'ChildRegistered' || event.type === 'ChildDetailsUpdated') touchedDetails = true;
  }
  const facts = [...standing.values()];
  const details = touchedDetails ? currentDetails(facts) : undefined;
  // Every details entry voided: evolveChild keeps the details it last had, which only a replay tells.
  if (touchedDetails && !details) return events.reduce(evolveChild, initialChildState());
  return {
    registered: registration !== undefined,
    childId: registration?.childId,
    registrationId: registration?.id,
    details,
    facts,
    voidedIds,
    voidIds,
  };
}
