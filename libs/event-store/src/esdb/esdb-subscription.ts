import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { StoreUnavailableError } from '../errors';
import type { Subscription, SubscriptionItem } from '../event-store.port';
import { toStoreError } from './esdb-errors';
import { isSystemEvent, toRecordedEvent } from './esdb-events';

/** What a subscription needs from the store it follows. */
export interface EsdbSubscriptionSource {
  /** The position of the last event that is not a system event when the subscription was made. */
  readonly head: Promise<bigint | null>;
  /** Opens the client's subscription to `$all`, after `from` (exclusive). */
  open(from: bigint | 'start'): AllStreamSubscription;
  /** Called once when the subscription closes, so that the store stops tracking it. */
  released(subscription: EsdbSubscription): void;
}

const caughtUpAt = (head: bigint | null): SubscriptionItem => ({ kind: 'caughtUp', position: head });

/**
 * A catch-up subscription to `$all` through the client. The client's subscription is a Node
 * stream: `for await` pulls from its buffer, and gRPC flow control holds the server back when the
 * buffer is full, so a slow consumer slows delivery rather than filling memory.
 *
 * Caught-up is decided here, not by the server's `caught_up` message (sent by servers from 23.10
 * only, and emitted by the client out of band of the events): the marker follows the event at the
 * head position read when the subscription was made, or comes first when there is nothing to
 * catch up on.
 *
 * If the server or the connection ends the subscription, the iteration ends with a
 * {@link StoreUnavailableError}; the client never resubscribes by itself, so that is the
 * consumer's job, from the last position it handled.
 */
export class EsdbSubscription implements Subscription {
  private closed = false;
  private iterated = false;
  private client: AllStreamSubscription | undefined;

  constructor(
    private readonly source: EsdbSubscriptionSource,
    private readonly from: bigint | 'start',
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionItem> {
    if (this.iterated) throw new Error('An EventStoreDB subscription can be iterated only once');
    this.iterated = true;
    return this.items();
  }

  /** Ends the subscription; a consumer waiting for an item sees the iteration end. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.source.released(this);
    await this.client?.unsubscribe();
  }

  private async *items(): AsyncGenerator<SubscriptionItem, void, undefined> {
    let failure: Error | undefined;
    try {
      const head = await this.source.head;
      if (this.closed) return;
      const client = (this.client = this.source.open(this.from));
      // The client reports a failure as an 'error' event and may never end its stream after it.
      // Keep the failure and end the stream here, also when nothing iterates it yet (the caught-up
      // marker may come first): the loop below then stops and throws it.
      client.on('error', (error) => {
        failure ??= error;
        client.destroy();
      });
      let caughtUp = head === null || (this.from !== 'start' && this.from >= head);
      if (caughtUp) yield caughtUpAt(head);
      for await (const resolved of client as AsyncIterable<AllStreamResolvedEvent>) {
        if (this.closed) return;
        // The server filters system events by type; links and metadata streams go here.
        if (!resolved.event || isSystemEvent(resolved.event)) continue;
        const event = toRecordedEvent(resolved.event);
        yield { kind: 'event', event };
        if (this.closed) return;
        if (!caughtUp && head !== null && event.position >= head) {
          caughtUp = true;
          yield caughtUpAt(head);
        }
      }
      if (!this.closed)
        throw failure ?? new StoreUnavailableError('EventStoreDB ended the subscription to $all');
    } catch (error) {
      if (this.closed) return;
      throw toStoreError(failure ?? error, 'keep the subscription to $all');
    } finally {
      await this.close();
    }
  }
}
