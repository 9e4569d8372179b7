import {
  childEventUpcaster,
  type ChildState,
  type EventMetadata,
  type EventUpcaster,
  foldChild,
  type IdentifiedEvent,
  isChildEventType,
  type StoredEventData,
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

/**
 * Turns a stored event into the domain's shape: the one place stored records become domain
 * events, so an older schema version is upcast here, before any decider or projection sees
 * it (docs/events.md). Unknown types and versions are an error, never skipped. The metadata
 * stays as stored (its `schemaVersion` is the version written).
 */
export function toStoredChildEvent(
  recorded: RecordedEvent,
  upcaster: EventUpcaster = childEventUpcaster,
): StoredChildEvent {
  if (!isChildEventType(recorded.type)) throw new UnreadableEventError(recorded.id, recorded.type);
  const metadata = recorded.metadata as EventMetadata;
  const data = upcaster.upcast(recorded.type, metadata.schemaVersion ?? 1, recorded.data as StoredEventData);
  if (data === undefined) throw new UnreadableEventError(recorded.id, recorded.type);
  return {
    event: { id: recorded.id, type: recorded.type, data } as IdentifiedEvent,
    metadata,
    revision: recorded.revision,
    position: recorded.position,
  };
}

/**
 * Reads a child's whole stream (streams stay short: one child's journey), or its events from
 * `fromRevision` on.
 */
export async function readChildStream(
  store: EventStore,
  streamName: string,
  upcaster: EventUpcaster = childEventUpcaster,
  fromRevision?: bigint,
): Promise<StoredChildEvent[]> {
  const events: StoredChildEvent[] = [];
  const options = fromRevision === undefined ? undefined : { fromRevision };
  for await (const recorded of store.readStream(streamName, options)) {
    events.push(toStoredChildEvent(recorded, upcaster));
  }
  return events;
}

/** The decider's state of a stream as read: folded once per decision, in one pass. */
export function foldChildStream(stored: readonly StoredChildEvent[]): ChildState {
  return foldChild(stored.map((e) => e.event));
}
