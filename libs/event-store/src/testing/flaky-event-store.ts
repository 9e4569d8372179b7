import type {
  AppendResult,
  AppendStreamsOptions,
  StreamWrite,
  StreamWriteOutcome,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreStats,
  Subscription,
  SubscribeOptions,
  SubscriptionItem,
} from '../event-store.port';

/** The error a {@link FlakyEventStore} subscription ends with. */
export class ConnectionDroppedError extends Error {
  constructor(readonly afterItems: number) {
    super(`Test double: the connection dropped after ${afterItems} subscription items`);
    this.name = 'ConnectionDroppedError';
  }
}

/**
 * A test double of a store connection that drops: it forwards everything to a real store,
 * but each of the first `drops.length` subscriptions fails after `drops[i]` items, as a
 * subscription over a lost connection would. Later subscriptions are left alone.
 */
export class FlakyEventStore implements EventStore {
  /** The options of every subscription made, in order. */
  readonly subscriptions: SubscribeOptions[] = [];

  constructor(
    private readonly inner: EventStore,
    private readonly drops: readonly number[],
  ) {}

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const index = this.subscriptions.push(options) - 1;
    const inner = this.inner.subscribeToAll(options);
    const dropAfter = this.drops[index];
    if (dropAfter === undefined) return inner;
    let delivered = 0;
    const iterator = inner[Symbol.asyncIterator]();
    const flaky: AsyncIterableIterator<SubscriptionItem> = {
      [Symbol.asyncIterator]: () => flaky,
      next: async () => {
        if (delivered === dropAfter) {
          await inner.close();
          throw new ConnectionDroppedError(dropAfter);
        }
        delivered += 1;
        return iterator.next();
      },
      return: async () => {
        await inner.close();
        return { done: true, value: undefined };
      },
    };
    return Object.assign(flaky, { close: () => inner.close() });
  }

  appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    return this.inner.appendToStream(stream, events, options);
  }

  appendStreams(
    writes: readonly StreamWrite[],
    options?: AppendStreamsOptions,
  ): Promise<StreamWriteOutcome[]> {
    return this.inner.appendStreams(writes, options);
  }

  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readStream(stream, options);
  }

  streamRevision(stream: string): Promise<bigint | 'no_stream'> {
    return this.inner.streamRevision(stream);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readAll(options);
  }

  stats(): Promise<StoreStats> {
    return this.inner.stats();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
