import {
  type ChildState,
  foldChild,
  EVENT_CATALOGUE,
  type EventMetadata,
  type IdentifiedEvent,
  isChildEventType,
} from '@ledger/domain';
import type { EventStore, RecordedEvent } from '@ledger/event-store';
import { UnreadableEventError } from './write-errors';

/** A child event as read back from the store, with its place in the log. */
export interface StoredChildEvent {
  readonly event: IdentifiedEvent;
  readonly metadata: EventMetadata;
  readonly revision: bigint;
  readonly position: bigint;
}

/** Turns a stored event into the domain's shape; unknown types are an error, never skipped. */
export function toStoredChildEvent(recorded: RecordedEvent): StoredChildEvent {
  if (!isChildEventType(recorded.type)) throw new UnreadableEventError(recorded.id, recorded.type);
  const metadata = recorded.metadata as EventMetadata;
  const version = metadata.schemaVersion ?? 1;
  if (version > EVENT_CATALOGUE[recorded.type].schemaVersion)
    throw new UnreadableEventError(recorded.id, recorded.type);
  return {
    event: { id: recorded.id, type: recorded.type, data: recorded.data } as IdentifiedEvent,
    metadata,
    revision: recorded.revision,
    position: recorded.position,
  };
}

/** Reads a child's whole stream: streams stay short (one child's journey), so this is cheap. */
export async function readChildStream(store: EventStore, streamName: string): Promise<StoredChildEvent[]> {
  const events: StoredChildEvent[] = [];
  for await (const recorded of store.readStream(streamName)) events.push(toStoredChildEvent(recorded));
  return events;
}

/** The decider's state of a stream as read: folded once per decision, in one pass. */
export function foldChildStream(stored: readonly StoredChildEvent[]): ChildState {
  return foldChild(stored.map((e) => e.event));
}
