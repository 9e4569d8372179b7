import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { collect, newEvent, newEvents, newStreamName, streamIds } from '../contract-fixtures';

/** An append is all or nothing, and concurrent appends with the same expectation cannot both win. */
export function atomicityContract(store: () => EventStore): void {
  describe('atomicity', () => {
    it('a batch refused for a duplicate id in its middle writes none of its events', async () => {
      const stream = newStreamName();
      const [a, b] = newEvents(2);
      await store().appendToStream(stream, [a, b], { expectedRevision: 'no_stream' });
      const fresh = newEvent(9);
      const attempt = store().appendToStream(stream, [fresh, a, newEvent(10)], { expectedRevision: 1n });
      await expect(attempt).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await streamIds(store(), stream)).toEqual([a.id, b.id]);
      // The refused event was not half-written: it can still be appended, at the next revision.
      const retry = await store().appendToStream(stream, [fresh], { expectedRevision: 1n });
      expect(retry.nextExpectedRevision).toBe(2n);
    });

    it('of concurrent appends expecting the same revision exactly one wins', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
      const batches = Array.from({ length: 5 }, (_, i) => newEvents(2, i * 10));
      const outcomes = await Promise.allSettled(
        batches.map((batch) => store().appendToStream(stream, batch, { expectedRevision: 0n })),
      );
      const won = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
      expect(won).toHaveLength(1);
      for (const o of outcomes) {
        if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      const events = await collect(store().readStream(stream));
      expect(events.slice(1).map((e) => e.id)).toEqual(batches[won[0]].map((e) => e.id));
      expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
    });

    it("of concurrent appends creating the same stream with 'no_stream' exactly one wins", async () => {
      const stream = newStreamName();
      const outcomes = await Promise.allSettled(
        [0, 1, 2].map((i) =>
          store().appendToStream(stream, newEvents(3, i * 10), { expectedRevision: 'no_stream' }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(await store().streamRevision(stream)).toBe(2n);
    });

    it("concurrent appends with 'any' all land, each batch contiguous", async () => {
      const stream = newStreamName();
      const batches = Array.from({ length: 4 }, (_, i) => newEvents(3, i * 10));
      await Promise.all(
        batches.map((batch) => store().appendToStream(stream, batch, { expectedRevision: 'any' })),
      );
      const ids = await streamIds(store(), stream);
      expect(ids).toHaveLength(12);
      for (const batch of batches) {
        const start = ids.indexOf(batch[0].id);
        expect(ids.slice(start, start + 3)).toEqual(batch.map((e) => e.id));
      }
    });
  });
}
