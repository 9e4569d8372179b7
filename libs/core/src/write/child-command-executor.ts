import { childStreamName, type ChildState } from '@ledger/domain';
import { type AppendResult, type EventStore, WrongExpectedRevisionError } from '@ledger/event-store';
import { type Clock } from '../clock/clock';
import {
  type ChildCommandInput,
  type Decision,
  decideChange,
  type ExecutionContext,
  type ExecutionResult,
  type WrittenEvent,
} from './decide-change';
import { GroupCommit } from './group-commit';
import { type KnownStream, KnownStreams } from './known-streams';
import { jitteredRetries, pauseBefore, type RetryPolicy } from './retry-policy';
import { type StoredChildEvent } from './stream-events';
import { ConcurrencyConflictError } from './write-errors';

export type {
  ChildCommandInput,
  Decision,
  ExecutionContext,
  ExecutionResult,
  WrittenEvent,
} from './decide-change';

/**
 * The write path of commands: the child's stream as it is in the store (read once, then kept and
 * checked by revision: `known-streams.ts`), decide, append with the expected revision through the
 * group commit (concurrent commands to other children share its flush); on a concurrent append
 * to the same stream, read it again and decide again, as the retry policy allows. All of a
 * command's events are appended in one atomic append, or none.
 */
export class ChildCommandExecutor {
  private readonly policy: RetryPolicy;
  private readonly commit: GroupCommit;
  private readonly streams: KnownStreams;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    retries: number | RetryPolicy,
  ) {
    this.policy = typeof retries === 'number' ? jitteredRetries(retries) : retries;
    this.commit = new GroupCommit(store);
    this.streams = new KnownStreams(store);
  }

  /** Decides the commands as one change and appends their events atomically. */
  async execute(
    childId: string,
    commands: readonly ChildCommandInput[],
    context: ExecutionContext,
  ): Promise<ExecutionResult> {
    const streamName = childStreamName(childId);
    for (let attempt = 0; ; attempt++) {
      const known = await this.streams.current(streamName);
      const decision = this.decide(childId, known.stored, commands, context, known.state);
      if (decision.kind === 'repeat') return decision.result;
      const outcome = await this.commit.append(decision.write);
      if (outcome.ok) return this.answer(known, decision, outcome.result);
      if (!(outcome.error instanceof WrongExpectedRevisionError)) throw outcome.error;
      if (attempt >= this.policy.retries) throw new ConcurrencyConflictError(streamName, attempt + 1);
      await pauseBefore(this.policy, attempt + 1);
    }
  }

  /** Decides a change against the stream as read, stamped with the clock's now (see {@link decideChange}). */
  decide(
    childId: string,
    stored: readonly StoredChildEvent[],
    commands: readonly ChildCommandInput[],
    context: ExecutionContext,
    state?: ChildState,
  ): Decision {
    const now = this.clock.now().toISOString();
    return decideChange(childId, childStreamName(childId), stored, commands, context, now, state);
  }

  /** The answer to a durable write, whose events are then known to follow the stream as it was. */
  private async answer(
    known: KnownStream,
    decision: Decision & { kind: 'write' },
    result: AppendResult,
  ): Promise<ExecutionResult> {
    const answer = await this.written(decision, result);
    this.streams.appended(decision.write.stream, known, decision.write.events, answer.events);
    return answer;
  }

  /**
   * The answer to a written decision. An append answers the last event's position only: a
   * command of one event (the API's usual case) needs no read; several events are read back.
   */
  async written(decision: Decision & { kind: 'write' }, result: AppendResult): Promise<ExecutionResult> {
    const { stream, events } = decision.write;
    const written: WrittenEvent[] =
      events.length === 1
        ? [
            {
              id: events[0].id,
              type: events[0].type,
              revision: result.nextExpectedRevision,
              position: result.position,
            },
          ]
        : await this.readBack(
            stream,
            result.nextExpectedRevision - BigInt(events.length) + 1n,
            events.length,
          );
    return {
      childId: decision.childId,
      streamName: stream,
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
}
