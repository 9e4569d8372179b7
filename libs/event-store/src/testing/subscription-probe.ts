import type { Subscription, SubscriptionItem } from '../event-store.port';
import { within } from './contract-fixtures';

/**
 * Pulls a subscription one item at a time with a deadline on each pull, so that a
 * subscription which stops delivering fails the test with a message instead of hanging it.
 */
export class SubscriptionProbe {
  private readonly iterator: AsyncIterator<SubscriptionItem>;
  /** Every item pulled so far, in delivery order. */
  readonly items: SubscriptionItem[] = [];

  constructor(
    readonly subscription: Subscription,
    private readonly timeoutMs = 10_000,
  ) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  /** The next item, or `'done'` when the iteration has ended. */
  async next(): Promise<SubscriptionItem | 'done'> {
    const result = await within(this.iterator.next(), this.timeoutMs, 'the next subscription item');
    if (result.done) return 'done';
    this.items.push(result.value);
    return result.value;
  }

  /** Pulls until `stop` accepts an item and returns the items pulled by this call, that item included. */
  async until(stop: (item: SubscriptionItem) => boolean, what: string): Promise<SubscriptionItem[]> {
    const pulled: SubscriptionItem[] = [];
    for (;;) {
      const item = await this.next();
      if (item === 'done') throw new Error(`Subscription ended before ${what}`);
      pulled.push(item);
      if (stop(item)) return pulled;
    }
  }

  /** Pulls until the caught-up marker. */
  untilCaughtUp(): Promise<SubscriptionItem[]> {
    return this.until((item) => item.kind === 'caughtUp', 'the caught-up marker');
  }

  /** Pulls until an event with this id. */
  untilEvent(id: string): Promise<SubscriptionItem[]> {
    return this.until((item) => item.kind === 'event' && item.event.id === id, `event ${id}`);
  }
}

/** The ids of the events among `items` that belong to `streams`. */
export function eventIdsOf(items: readonly SubscriptionItem[], streams: readonly string[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'event' && streams.includes(item.event.streamName) ? [item.event.id] : [],
  );
}
