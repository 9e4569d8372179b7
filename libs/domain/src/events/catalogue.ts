import type { ChildEventType } from './child-events';

/**
 * The catalogue of event types with their current schema versions. A payload change that
 * old readers cannot read bumps the version and adds an upcaster; events are never rewritten.
 */
export const EVENT_CATALOGUE: Readonly<
  Record<ChildEventType, { schemaVersion: number; description: string }>
> = {
  ChildRegistered: {
    schemaVersion: 1,
    description: 'A child became known to the ledger, with their details.',
  },
  ChildDetailsUpdated: {
    schemaVersion: 1,
    description: "The child's details changed from the effective date.",
  },
  CareStarted: {
    schemaVersion: 1,
    description: 'The child started to be looked after, with the first placement.',
  },
  PlacementMoved: { schemaVersion: 1, description: 'The child moved placement within a period of care.' },
  LegalStatusChanged: { schemaVersion: 1, description: "The child's legal status changed." },
  TemporaryPlacementStarted: { schemaVersion: 1, description: 'A temporary placement (T0-T4) began.' },
  TemporaryPlacementEnded: { schemaVersion: 1, description: 'The child returned to the usual placement.' },
  CareEnded: { schemaVersion: 1, description: 'The child ceased to be looked after.' },
  StayingPutStarted: {
    schemaVersion: 1,
    description: 'A Staying Put arrangement with former foster carers began.',
  },
  StayingPutEnded: { schemaVersion: 1, description: 'The Staying Put arrangement ended.' },
  CareLeaverContactRecorded: { schemaVersion: 1, description: 'A care leaver contact (OC3) was recorded.' },
  AdoptionDecisionMade: {
    schemaVersion: 1,
    description: 'Decision that the child should be placed for adoption.',
  },
  AdoptionMatched: { schemaVersion: 1, description: 'The child was matched with adopters.' },
  AdoptionDecisionReversed: {
    schemaVersion: 1,
    description: 'The decision to place for adoption was reversed.',
  },
  EntryVoided: { schemaVersion: 1, description: 'An earlier entry was voided with a reason.' },
};

export function isChildEventType(value: string): value is ChildEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, value);
}

/** Stream names: `child-<id>`, so EventStoreDB's `$by_category` gives `$ce-child`. */
export const CHILD_STREAM_PREFIX = 'child-';
export const childStreamName = (childId: string): string => `${CHILD_STREAM_PREFIX}${childId}`;
export const childIdOfStream = (stream: string): string | undefined =>
  stream.startsWith(CHILD_STREAM_PREFIX) ? stream.slice(CHILD_STREAM_PREFIX.length) : undefined;
