import type { RecordedEvent, Subscription, SubscriptionItem } from '../event-store.port';
import type { AppendSignal, PendingWait } from './append-signal';

/** What a subscription needs from the store it follows. */
export interface SubscriptionSource {
  /** The next page of events after `position` (exclusive), in order. */
  readAfter(position: bigint): RecordedEvent[];
  readonly signal: AppendSignal;
  readonly pollIntervalMs: number;
  /** Called once when the subscription closes, so that the store stops tracking it. */
  released(subscription: SqliteSubscription): void;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A pull-based catch-up subscription: it reads a page of the log only when the consumer
 * asks for an item and none is buffered, so a slow consumer slows the reads down
 * instead of filling memory. Once past the head it waits for an in-process append signal
 * or the polling interval, whichever comes first.
 */
export class SqliteSubscription implements Subscription, AsyncIterableIterator<SubscriptionItem> {
  private cursor: bigint;
  private buffer: RecordedEvent[] = [];
  private caughtUp = false;
  private closed = false;
  private waiting: PendingWait | undefined;
  /** Pulls run one after the other even when the consumer does not await each one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: SubscriptionSource,
    fromPosition: bigint | 'start',
    /** The last position when the subscription was made: reaching it means caught up. */
    private readonly headAtStart: bigint | null,
  ) {
    this.cursor = fromPosition === 'start' ? 0n : fromPosition;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<SubscriptionItem, undefined>> {
    const pulled = this.queue.then(() => this.pull());
    this.queue = pulled.catch(() => undefined);
    return pulled;
  }

  /** Called by `for await` when the consumer leaves the loop early. */
  async return(): Promise<IteratorReturnResult<undefined>> {
    await this.close();
    return DONE;
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.buffer = [];
      this.waiting?.cancel();
      this.source.released(this);
    }
    return Promise.resolve();
  }

  private async pull(): Promise<IteratorResult<SubscriptionItem, undefined>> {
    for (;;) {
      if (this.closed) return DONE;
      // Before any buffered event: a page may hold events appended after the subscription began.
      if (!this.caughtUp && (this.headAtStart === null || this.cursor >= this.headAtStart)) {
        this.caughtUp = true;
        return { done: false, value: { kind: 'caughtUp', position: this.headAtStart } };
      }
      const event = this.buffer.shift();
      if (event) {
        this.cursor = event.position;
        return { done: false, value: { kind: 'event', event } };
      }
      try {
        this.buffer = this.source.readAfter(this.cursor);
      } catch (error) {
        // The subscription ends with the error; resubscribing is the consumer's decision.
        await this.close();
        throw error;
      }
      if (this.buffer.length === 0) {
        this.waiting = this.source.signal.wait(this.source.pollIntervalMs);
        await this.waiting.done;
        this.waiting = undefined;
      }
    }
  }
}
