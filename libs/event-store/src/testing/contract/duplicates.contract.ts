import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { collect, newEvent, newEvents, newStreamName, streamIds } from '../contract-fixtures';

/** Event ids make appends idempotent: an exact repeat is a no-op, an overlap is an error. */
export function duplicatesContract(store: () => EventStore): void {
  describe('duplicate event ids', () => {
    it("repeating an append with 'no_stream' answers as the first time and writes nothing", async () => {
      const stream = newStreamName();
      const batch = newEvents(3);
      const first = await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      const again = await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      expect(again).toEqual(first);
      expect(await streamIds(store(), stream)).toEqual(batch.map((e) => e.id));
    });

    it("repeating an append with 'any' answers as the first time and writes nothing", async () => {
      const stream = newStreamName();
      const batch = newEvents(2);
      await store().appendToStream(stream, newEvents(1, 10), { expectedRevision: 'no_stream' });
      const first = await store().appendToStream(stream, batch, { expectedRevision: 'any' });
      const again = await store().appendToStream(stream, batch, { expectedRevision: 'any' });
      expect(again).toEqual(first);
      expect(await store().streamRevision(stream)).toBe(2n);
    });

    it('repeating an append after the stream moved on still answers as the first time', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
      const batch = newEvents(2, 10);
      const first = await store().appendToStream(stream, batch, { expectedRevision: 0n });
      await store().appendToStream(stream, newEvents(2, 20), { expectedRevision: 2n });
      const again = await store().appendToStream(stream, batch, { expectedRevision: 0n });
      expect(again).toEqual(first);
      expect(await store().streamRevision(stream)).toBe(4n);
    });

    it('refuses a batch that overlaps earlier events without repeating them exactly', async () => {
      const stream = newStreamName();
      const [a, b, c] = newEvents(3);
      await store().appendToStream(stream, [a, b, c], { expectedRevision: 'no_stream' });
      for (const [batch, expectedRevision] of [
        [[c, newEvent(3)], 'any'],
        [[c, newEvent(4)], 2n],
        [[a, b, c, newEvent(5)], 'any'],
        [[b, a], 'any'],
      ] as const) {
        const attempt = store().appendToStream(stream, batch, { expectedRevision });
        await expect(attempt).rejects.toBeInstanceOf(DuplicateEventIdError);
        await expect(attempt).rejects.toMatchObject({ code: 'STORE.DUPLICATE_EVENT_ID', stream });
      }
      expect(await streamIds(store(), stream)).toEqual([a.id, b.id, c.id]);
    });

    it('names the repeated id when one batch holds the same id twice, and writes nothing', async () => {
      const stream = newStreamName();
      const e = newEvent(1);
      const attempt = store().appendToStream(stream, [newEvent(0), e, { ...e, data: { n: 2 } }], {
        expectedRevision: 'no_stream',
      });
      await expect(attempt).rejects.toMatchObject({ eventId: e.id, stream });
      await expect(attempt).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(await store().streamRevision(stream)).toBe('no_stream');
    });
  });

  describe('empty batch', () => {
    it('checks the expected revision and answers with the stream as it is, writing nothing', async () => {
      const stream = newStreamName();
      const none = await store().appendToStream(stream, [], { expectedRevision: 'no_stream' });
      expect(none).toEqual({ nextExpectedRevision: -1n, position: -1n });
      expect(await store().streamRevision(stream)).toBe('no_stream');

      await store().appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
      const last = (await collect(store().readStream(stream)))[1];
      const some = await store().appendToStream(stream, [], { expectedRevision: 1n });
      expect(some).toEqual({ nextExpectedRevision: 1n, position: last.position });
      await expect(store().appendToStream(stream, [], { expectedRevision: 0n })).rejects.toMatchObject({
        actual: 1n,
      });
      expect(await store().streamRevision(stream)).toBe(1n);
    });
  });
}
