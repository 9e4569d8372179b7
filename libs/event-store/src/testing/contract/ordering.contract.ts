import { describe, expect, it } from '@jest/globals';
import type { EventStore } from '../../event-store.port';
import { collect, isStrictlyIncreasing, newEvents, newStreamName, ofStreams } from '../contract-fixtures';

/** Revisions are 0-based and contiguous per stream; positions increase in append order across streams. */
export function orderingContract(store: () => EventStore): void {
  describe('ordering', () => {
    it('gives a stream 0-based contiguous revisions across appends', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
      await store().appendToStream(stream, newEvents(1), { expectedRevision: 1n });
      await store().appendToStream(stream, newEvents(3), { expectedRevision: 2n });
      const events = await collect(store().readStream(stream));
      expect(events.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
      expect(events.map((e) => e.streamName)).toEqual(Array(6).fill(stream));
    });

    it('gives strictly increasing positions across interleaved streams, in append order', async () => {
      const [s1, s2] = [newStreamName(), newStreamName()];
      const batches = [newEvents(2, 0), newEvents(1, 10), newEvents(3, 20), newEvents(2, 30)];
      const results = [];
      results.push(await store().appendToStream(s1, batches[0], { expectedRevision: 'no_stream' }));
      results.push(await store().appendToStream(s2, batches[1], { expectedRevision: 'no_stream' }));
      results.push(await store().appendToStream(s1, batches[2], { expectedRevision: 1n }));
      results.push(await store().appendToStream(s2, batches[3], { expectedRevision: 0n }));

      const [firstEvent] = await collect(store().readStream(s1, { maxCount: 1 }));
      const all = ofStreams(await collect(store().readAll({ fromPosition: firstEvent.position })), [s1, s2]);
      expect(all.map((e) => e.id)).toEqual(batches.flat().map((e) => e.id));
      expect(isStrictlyIncreasing(all.map((e) => e.position))).toBe(true);
      expect(isStrictlyIncreasing(results.map((r) => r.position))).toBe(true);
      // Each append answers with the position of its own last event.
      const lastOfBatch = batches.map((b) => all.find((e) => e.id === b[b.length - 1].id)?.position);
      expect(lastOfBatch).toEqual(results.map((r) => r.position));
    });

    it('reads a stream with the same positions as the whole log', async () => {
      const stream = newStreamName();
      const result = await store().appendToStream(stream, newEvents(4), { expectedRevision: 'no_stream' });
      const fromStream = await collect(store().readStream(stream));
      const fromLog = ofStreams(await collect(store().readAll({ fromPosition: fromStream[0].position })), [
        stream,
      ]);
      expect(fromLog.map((e) => [e.id, e.revision, e.position])).toEqual(
        fromStream.map((e) => [e.id, e.revision, e.position]),
      );
      expect(fromStream[3].position).toBe(result.position);
    });
  });
}
