import {
  type ChildCommand,
  childDecider,
  type ChildState,
  decideChildCommands,
  EVENT_CATALOGUE,
  type EventMetadata,
  type EventSource,
  type SignedInIdentity,
} from '@ledger/domain';
import type { EventToAppend, StreamWrite } from '@ledger/event-store';
import { commandHash } from './command-hash';
import { eventIdFor } from './event-ids';
import { foldChildStream, type StoredChildEvent } from './stream-events';
import { IdempotencyKeyReusedError } from './write-errors';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A command as callers give it: the executor stamps the decision time. */
export type ChildCommandInput = DistributiveOmit<ChildCommand, 'metadata'>;

export interface ExecutionContext {
  /** The idempotency key: the same id means the same command, answered as the first time. */
  readonly commandId: string;
  readonly correlationId: string;
  readonly recordedBy: string;
  readonly source: EventSource;
  /** The signed-in recorder, kept in every event's metadata. */
  readonly signedIn?: SignedInIdentity;
}

export interface WrittenEvent {
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly position: bigint;
}

export interface ExecutionResult {
  readonly childId: string;
  readonly streamName: string;
  readonly events: readonly WrittenEvent[];
  /** The stream's revision after the command. */
  readonly revision: bigint;
  /** Global position of the command's last event: reads wait for it (read-your-writes). */
  readonly position: bigint;
  /** True when the command had already been applied and nothing was appended. */
  readonly repeated: boolean;
}

/** What a change comes to against the stream as read: already applied, or one write to make. */
export type Decision =
  | { readonly kind: 'repeat'; readonly result: ExecutionResult }
  | { readonly kind: 'write'; readonly childId: string; readonly write: StreamWrite };

/**
 * Decides a change (one or more commands) against the child's stream as read, purely: the
 * stream is folded once, the commands are decided together, and the events get ids derived
 * from the stream, the idempotency key and the command's fingerprint. With the fingerprint in
 * the ids, two requests racing with one key and different bodies cannot pass for a repeat of
 * each other at the store: the loser's append conflicts, and its re-decision finds the key used
 * for another command (`IDEMPOTENCY.KEY_REUSED`). `state` is the stream's fold, when the caller
 * already has it. Throws a DomainError when a rule refuses it.
 */
export function decideChange(
  childId: string,
  streamName: string,
  stored: readonly StoredChildEvent[],
  commands: readonly ChildCommandInput[],
  context: ExecutionContext,
  now: string,
  state?: ChildState,
): Decision {
  if (commands.length === 0) throw new RangeError('A change needs at least one command');
  const hash = commandHash(commands);
  const earlier = stored.filter((e) => e.metadata.commandId === context.commandId);
  if (earlier.length > 0) return { kind: 'repeat', result: repeatOf(childId, streamName, earlier, hash) };
  const folded = state ?? foldChildStream(stored);
  const stamped = commands.map((input) => ({ ...input, metadata: { now } }));
  // Several commands are one change: the timeline is checked once, at the end, so a
  // correction (void and re-record) or a whole past period can be recorded together.
  const decided =
    stamped.length === 1 ? childDecider.decide(stamped[0], folded) : decideChildCommands(stamped, folded);
  const events: EventToAppend[] = decided.map((event, index) => ({
    id: eventIdFor(streamName, context.commandId, index, hash),
    type: event.type,
    data: event.data,
    metadata: {
      schemaVersion: EVENT_CATALOGUE[event.type].schemaVersion,
      recordedAt: now,
      recordedBy: context.recordedBy,
      commandId: context.commandId,
      correlationId: context.correlationId,
      source: context.source,
      commandHash: hash,
      ...(context.signedIn ? { signedIn: context.signedIn } : {}),
    } satisfies EventMetadata,
  }));
  const expectedRevision = stored.length === 0 ? 'no_stream' : stored[stored.length - 1].revision;
  return { kind: 'write', childId, write: { stream: streamName, expectedRevision, events } };
}

function repeatOf(
  childId: string,
  streamName: string,
  earlier: readonly StoredChildEvent[],
  hash: string,
): ExecutionResult {
  const commandId = earlier[0].metadata.commandId;
  if (earlier[0].metadata.commandHash !== undefined && earlier[0].metadata.commandHash !== hash) {
    throw new IdempotencyKeyReusedError(commandId);
  }
  const last = earlier[earlier.length - 1];
  return {
    childId,
    streamName,
    events: earlier.map((e) => ({
      id: e.event.id,
      type: e.event.type,
      revision: e.revision,
      position: e.position,
    })),
    revision: last.revision,
    position: last.position,
    repeated: true,
  };
}
