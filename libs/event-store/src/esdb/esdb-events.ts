import type { EventData, JSONType, Position, ReadPosition, StreamingRead } from '@eventstore/db-client';
import { START } from '@eventstore/db-client';
import type { EventToAppend, RecordedEvent } from '../event-store.port';

/** The fields of a client recorded event that the port carries, whatever read produced it. */
interface ClientRecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position?: Position;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly created: Date;
}

/**
 * Events of the server itself: `$`-prefixed types (links `$>`, `$metadata`, projection and user
 * records) or streams (`$ce-child`, `$$child-1`, `$settings`). Reads of the whole log skip them.
 */
export function isSystemEvent(event: { readonly type: string; readonly streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/**
 * The port's view of an event. Events appended outside explicit transactions (all gRPC appends)
 * have equal commit and prepare positions, so the commit position alone is the global position.
 */
export function toRecordedEvent(event: ClientRecordedEvent): RecordedEvent {
  if (!event.position) {
    throw new Error(`EventStoreDB sent event ${event.id} of ${event.streamId} without its position`);
  }
  return {
    id: event.id,
    type: event.type,
    streamName: event.streamId,
    revision: event.revision,
    position: event.position.commit,
    data: event.data,
    // Events written by other clients may have no metadata at all.
    metadata: event.metadata ?? null,
    recordedAt: event.created,
  };
}

function json(value: unknown, eventId: string, field: string): string {
  try {
    return JSON.stringify(value ?? null);
  } catch (error) {
    throw new TypeError(`Event ${eventId}: ${field} is not JSON-serialisable`, { cause: error });
  }
}

/**
 * A JSON event for the client. The data is checked here because the client serialises it inside
 * a promise executor, where a failure would leave the append pending for ever. The metadata goes
 * as JSON bytes, so that every JSON value (`null` and `false` included) comes back as it went.
 */
export function toEventData(event: EventToAppend): EventData {
  json(event.data, event.id, 'data');
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: (event.data ?? null) as JSONType,
    metadata: new Uint8Array(Buffer.from(json(event.metadata, event.id, 'metadata'), 'utf8')),
  };
}

/** A global position as the client wants it: commit and prepare are equal, see {@link toRecordedEvent}. */
export function toReadPosition(position: bigint | 'start' | undefined): ReadPosition {
  return position === undefined || position === 'start' ? START : { commit: position, prepare: position };
}

/**
 * Iterates a client read. When the consumer stops early it cancels the gRPC call and reads what
 * the client already holds to the end: a call that has already completed ends its stream only
 * once that stream is read, and the client's `dispose()` waits for every stream to end.
 */
export async function* drain<E>(read: StreamingRead<E>): AsyncGenerator<E> {
  const iterator = (read as AsyncIterable<E>)[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    finished = true;
  } finally {
    if (!finished) await discardRest(read, iterator);
  }
}

async function discardRest<E>(read: StreamingRead<E>, iterator: AsyncIterator<E>): Promise<void> {
  await read.cancel();
  try {
    while (!(await iterator.next()).done);
  } catch {
    // The read had failed already, or ended with the cancellation: nothing is left to read.
  }
}
