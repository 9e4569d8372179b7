import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from '../../errors';
import type { EventStore, ExpectedRevision } from '../../event-store.port';
import { collect, newEvents, newStreamName, streamIds } from '../contract-fixtures';

/** Expects a WrongExpectedRevisionError with these details and that the stream was left as it was. */
async function expectConflict(
  store: EventStore,
  stream: string,
  expected: ExpectedRevision,
  actual: bigint | 'no_stream',
): Promise<void> {
  const before = await streamIds(store, stream);
  const attempt = store.appendToStream(stream, newEvents(2), { expectedRevision: expected });
  await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  await expect(attempt).rejects.toMatchObject({
    code: 'CONCURRENCY.WRONG_EXPECTED_REVISION',
    stream,
    expected,
    actual,
  });
  expect(await streamIds(store, stream)).toEqual(before);
  expect(await store.streamRevision(stream)).toEqual(actual);
}

/** Optimistic concurrency: every kind of expected revision, when it holds and when it does not. */
export function expectedRevisionContract(store: () => EventStore): void {
  describe('expected revision', () => {
    it("'no_stream' creates a new stream and answers with the last revision and position", async () => {
      const stream = newStreamName();
      const result = await store().appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
      const events = await collect(store().readStream(stream));
      expect(result.nextExpectedRevision).toBe(1n);
      expect(result.position).toBe(events[1].position);
    });

    it("'no_stream' is refused once the stream exists", async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
      await expectConflict(store(), stream, 'no_stream', 1n);
    });

    it("'stream_exists' is refused for a missing stream and accepted for an existing one", async () => {
      const stream = newStreamName();
      await expectConflict(store(), stream, 'stream_exists', 'no_stream');
      await store().appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
      const result = await store().appendToStream(stream, newEvents(2), {
        expectedRevision: 'stream_exists',
      });
      expect(result.nextExpectedRevision).toBe(2n);
    });

    it("'any' appends to a missing stream and to an existing one", async () => {
      const stream = newStreamName();
      const first = await store().appendToStream(stream, newEvents(1), { expectedRevision: 'any' });
      const second = await store().appendToStream(stream, newEvents(3), { expectedRevision: 'any' });
      expect([first.nextExpectedRevision, second.nextExpectedRevision]).toEqual([0n, 3n]);
      expect(second.position).toBeGreaterThan(first.position);
    });

    it('an exact revision is accepted when it is the revision of the last event', async () => {
      const stream = newStreamName();
      await store().appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
      const result = await store().appendToStream(stream, newEvents(2), { expectedRevision: 2n });
      expect(result.nextExpectedRevision).toBe(4n);
      expect(await store().streamRevision(stream)).toBe(4n);
    });

    it('an exact revision is refused when the stream is behind, ahead or missing', async () => {
      const stream = newStreamName();
      await expectConflict(store(), stream, 0n, 'no_stream');
      await store().appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
      await expectConflict(store(), stream, 1n, 2n);
      await expectConflict(store(), stream, 3n, 2n);
    });
  });
}
