import { describe, expect, it } from '@jest/globals';
import type { EventStore, SubscriptionItem } from '../../event-store.port';
import { collect, isStrictlyIncreasing, newEvents, newStreamName, within } from '../contract-fixtures';
import { SubscriptionProbe, eventIdsOf } from '../subscription-probe';

const positionsOf = (items: readonly SubscriptionItem[]): bigint[] =>
  items.flatMap((item) => (item.kind === 'event' ? [item.event.position] : []));

/** Catch-up subscriptions to the whole log: history in order, one caught-up marker, then live events. */
export function subscriptionsContract(store: () => EventStore): void {
  describe('catch-up subscriptions', () => {
    it('delivers history in order, then caught up once, then live events; close ends it', async () => {
      const stream = newStreamName();
      const history = newEvents(3);
      const appended = await store().appendToStream(stream, history, { expectedRevision: 'no_stream' });
      const probe = new SubscriptionProbe(store().subscribeToAll());

      const caughtUp = await probe.untilCaughtUp();
      expect(eventIdsOf(caughtUp, [stream])).toEqual(history.map((e) => e.id));
      const marker = caughtUp[caughtUp.length - 1];
      expect(
        marker.kind === 'caughtUp' && marker.position !== null && marker.position >= appended.position,
      ).toBe(true);

      const live = newEvents(2, 10);
      await store().appendToStream(stream, live, { expectedRevision: 2n });
      const liveItems = await probe.untilEvent(live[1].id);
      expect(eventIdsOf(liveItems, [stream])).toEqual(live.map((e) => e.id));

      expect(probe.items.filter((item) => item.kind === 'caughtUp')).toHaveLength(1);
      expect(isStrictlyIncreasing(positionsOf(probe.items))).toBe(true);
      await probe.subscription.close();
      expect(await probe.next()).toBe('done');
    });

    it('starts after the given position, exclusive', async () => {
      const stream = newStreamName();
      const batch = newEvents(5);
      await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      const events = await collect(store().readStream(stream));
      const probe = new SubscriptionProbe(store().subscribeToAll({ fromPosition: events[1].position }));

      const items = await probe.untilCaughtUp();
      expect(eventIdsOf(items, [stream])).toEqual(batch.slice(2).map((e) => e.id));
      expect(positionsOf(items).every((p) => p > events[1].position)).toBe(true);
      await probe.subscription.close();
    });

    it('carries the recorded events as reads do', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
      const events = await collect(store().readStream(stream));
      const probe = new SubscriptionProbe(store().subscribeToAll({ fromPosition: events[0].position }));
      const [first] = await probe.untilEvent(events[1].id);
      expect(first).toEqual({ kind: 'event', event: events[1] });
      await probe.subscription.close();
    });

    it('ends a consumer waiting for live events when closed', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
      const [event] = await collect(store().readStream(stream));
      const subscription = store().subscribeToAll({ fromPosition: event.position });
      const seen: SubscriptionItem[] = [];
      const consumer = (async () => {
        for await (const item of subscription) seen.push(item);
      })();
      // Let the consumer reach the caught-up marker and wait for more before closing.
      await within(
        (async () => {
          while (!seen.some((item) => item.kind === 'caughtUp')) await new Promise((r) => setTimeout(r, 10));
        })(),
        10_000,
        'the caught-up marker',
      );
      await subscription.close();
      await within(consumer, 5_000, 'the consumer to finish after close');
      expect(seen.filter((item) => item.kind === 'caughtUp')).toHaveLength(1);
    });

    it('stops when the consumer breaks out of its loop', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
      const [first] = await collect(store().readStream(stream, { maxCount: 1 }));
      const subscription = store().subscribeToAll({ fromPosition: first.position });
      const got: string[] = [];
      for await (const item of subscription) {
        if (item.kind === 'event') got.push(item.event.id);
        if (got.length === 1) break;
      }
      expect(got).toHaveLength(1);
      // Breaking out has already closed it; closing again is harmless.
      await expect(subscription.close()).resolves.toBeUndefined();
    });
  });
}
