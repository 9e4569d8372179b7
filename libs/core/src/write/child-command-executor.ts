import {
  type ChildCommand,
  childDecider,
  childStreamName,
  decideChildCommands,
  EVENT_CATALOGUE,
  type EventMetadata,
  type EventSource,
  type SignedInIdentity,
} from '@ledger/domain';
import { type EventStore, type EventToAppend, WrongExpectedRevisionError } from '@ledger/event-store';
import { type Clock } from '../clock/clock';
import { commandHash } from './command-hash';
import { eventIdFor } from './event-ids';
import { readChildStream, type StoredChildEvent } from './stream-events';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from './write-errors';

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

/**
 * The write path: load the child's stream, decide, append with the expected revision;
 * on a concurrent append, re-read and decide again, a few times. All of a command's
 * events are appended in one atomic append, or none.
 */
export class ChildCommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly retries: number,
  ) {}

  /**
   * Decides the commands as one change and appends their events atomically.
   * @param known - the child's stream as the caller has just read it (the importer): used for
   * the first attempt instead of reading it again; a conflict re-reads it.
   */
  async execute(
    childId: string,
    commands: readonly ChildCommandInput[],
    context: ExecutionContext,
    known?: readonly StoredChildEvent[],
  ): Promise<ExecutionResult> {
    if (commands.length === 0) throw new RangeError('A change needs at least one command');
    const streamName = childStreamName(childId);
    const hash = commandHash(commands);
    for (let attempt = 0; ; attempt++) {
      const stored = attempt === 0 && known ? known : await readChildStream(this.store, streamName);
      const earlier = stored.filter((e) => e.metadata.commandId === context.commandId);
      if (earlier.length > 0) return this.repeat(childId, streamName, earlier, hash, context.commandId);
      try {
        return await this.decideAndAppend(childId, streamName, stored, commands, context, hash);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= this.retries) throw new ConcurrencyConflictError(streamName, attempt + 1);
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  private async decideAndAppend(
    childId: string,
    streamName: string,
    stored: readonly StoredChildEvent[],
    commands: readonly ChildCommandInput[],
    context: ExecutionContext,
    hash: string,
  ): Promise<ExecutionResult> {
    const now = this.clock.now().toISOString();
    const state = stored.reduce((s, e) => childDecider.evolve(s, e.event), childDecider.initialState());
    const stamped = commands.map((input) => ({ ...input, metadata: { now } }));
    // Several commands are one change: the timeline is checked once, at the end, so a
    // correction (void and re-record) or a whole past period can be recorded together.
    const decided =
      stamped.length === 1 ? childDecider.decide(stamped[0], state) : decideChildCommands(stamped, state);
    const toAppend: EventToAppend[] = decided.map((event, index) => ({
      id: eventIdFor(streamName, context.commandId, index),
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
    const result = await this.store.appendToStream(streamName, toAppend, { expectedRevision });
    // An append answers the last event's position only: a command of one event (the API's usual
    // case) needs no read; a change of several events reads them back for their positions.
    const written: WrittenEvent[] =
      toAppend.length === 1
        ? [
            {
              id: toAppend[0].id,
              type: toAppend[0].type,
              revision: result.nextExpectedRevision,
              position: result.position,
            },
          ]
        : await this.readBack(
            streamName,
            result.nextExpectedRevision - BigInt(toAppend.length) + 1n,
            toAppend.length,
          );
    return {
      childId,
      streamName,
      events: written,
      revision: result.nextExpectedRevision,
      position: result.position,
      repeated: false,
    };
  }

  private async readBack(streamName: string, fromRevision: bigint, count: number): Promise<WrittenEvent[]> {
    const written: WrittenEvent[] = [];
    for await (const e of this.store.readStream(streamName, { fromRevision, maxCount: count })) {
      written.push({ id: e.id, type: e.type, revision: e.revision, position: e.position });
    }
    return written;
  }

  private repeat(
    childId: string,
    streamName: string,
    earlier: readonly StoredChildEvent[],
    hash: string,
    commandId: string,
  ): ExecutionResult {
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
}
