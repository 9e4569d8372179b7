import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../../errors';
import type { EventStore, StreamWriteOutcome } from '../../event-store.port';
import { collect, newEvent, newEvents, newStreamName, streamIds } from '../contract-fixtures';

function resultOf(outcome: StreamWriteOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected a written outcome, got ${String(outcome && outcome.error)}`);
  return outcome.result;
}

/** A multi-stream append (group commit): each stream all or nothing, a refusal names its stream. */
export function appendStreamsContract(store: () => EventStore): void {
  describe('appendStreams', () => {
    it('writes every stream of the batch and answers each as appendToStream would', async () => {
      const [a, b, c] = [newStreamName(), newStreamName(), newStreamName()];
      await store().appendToStream(b, newEvents(2), { expectedRevision: 'no_stream' });
      const outcomes = await store().appendStreams([
        { stream: a, expectedRevision: 'no_stream', events: newEvents(3, 10) },
        { stream: b, expectedRevision: 1n, events: newEvents(1, 20) },
        { stream: c, expectedRevision: 'any', events: newEvents(2, 30) },
      ]);
      expect(outcomes.map((o) => [o.stream, o.ok])).toEqual([
        [a, true],
        [b, true],
        [c, true],
      ]);
      expect(outcomes.map((o) => resultOf(o).nextExpectedRevision)).toEqual([2n, 2n, 1n]);
      for (const [i, stream] of [a, b, c].entries()) {
        const events = await collect(store().readStream(stream));
        expect(events.at(-1)?.position).toBe(resultOf(outcomes[i]).position);
      }
    });

    it('a conflict on one stream refuses that write whole, names the stream, and the others land', async () => {
      const [a, b, c] = [newStreamName(), newStreamName(), newStreamName()];
      await store().appendToStream(b, newEvents(2), { expectedRevision: 'no_stream' });
      const before = await streamIds(store(), b);
      const outcomes = await store().appendStreams([
        { stream: a, expectedRevision: 'no_stream', events: newEvents(2, 10) },
        { stream: b, expectedRevision: 0n, events: newEvents(3, 20) },
        { stream: c, expectedRevision: 'no_stream', events: newEvents(1, 30) },
      ]);
      const refused = outcomes[1];
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.stream).toBe(b);
      expect(refused.error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(refused.error.stream).toBe(b);
      expect(await streamIds(store(), b)).toEqual(before);
      expect(await store().streamRevision(a)).toBe(1n);
      expect(await store().streamRevision(c)).toBe(0n);
    });

    it('a write naming an id twice, or an id already in its stream, is refused alone', async () => {
      const [a, b, c] = [newStreamName(), newStreamName(), newStreamName()];
      const held = newEvent(1);
      await store().appendToStream(c, [held], { expectedRevision: 'no_stream' });
      const twice = newEvent(2);
      const outcomes = await store().appendStreams([
        { stream: a, expectedRevision: 'no_stream', events: [twice, twice] },
        { stream: b, expectedRevision: 'no_stream', events: newEvents(2, 10) },
        { stream: c, expectedRevision: 0n, events: [newEvent(3), held] },
      ]);
      expect(outcomes.map((o) => o.ok)).toEqual([false, true, false]);
      for (const i of [0, 2]) {
        const o = outcomes[i];
        if (!o.ok) expect(o.error).toBeInstanceOf(DuplicateEventIdError);
      }
      expect(await store().streamRevision(a)).toBe('no_stream');
      expect(await streamIds(store(), c)).toEqual([held.id]);
      expect(await store().streamRevision(b)).toBe(1n);
    });

    it('sending the same batch again is a repeat: the same answers, nothing appended', async () => {
      const [a, b] = [newStreamName(), newStreamName()];
      const writes = [
        { stream: a, expectedRevision: 'no_stream' as const, events: newEvents(2) },
        { stream: b, expectedRevision: 'no_stream' as const, events: newEvents(1, 5) },
      ];
      const first = await store().appendStreams(writes);
      const again = await store().appendStreams(writes);
      expect(again.map(resultOf)).toEqual(first.map(resultOf));
      expect(await streamIds(store(), a)).toEqual(writes[0].events.map((e) => e.id));
      expect(await streamIds(store(), b)).toEqual(writes[1].events.map((e) => e.id));
    });

    it('writes to one stream apply in the order given', async () => {
      const stream = newStreamName();
      const [first, second, third] = [newEvents(2), newEvents(1, 10), newEvents(1, 20)];
      const outcomes = await store().appendStreams([
        { stream, expectedRevision: 'no_stream', events: first },
        { stream, expectedRevision: 1n, events: second },
        { stream, expectedRevision: 1n, events: third },
      ]);
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, false]);
      expect(await streamIds(store(), stream)).toEqual([...first, ...second].map((e) => e.id));
    });

    it('an empty batch answers nothing and writes nothing', async () => {
      expect(await store().appendStreams([])).toEqual([]);
    });

    it('of concurrent batches expecting the same revision of a stream exactly one wins it', async () => {
      const contested = newStreamName();
      await store().appendToStream(contested, newEvents(1), { expectedRevision: 'no_stream' });
      const others = [newStreamName(), newStreamName(), newStreamName()];
      const outcomes = await Promise.all(
        others.map((other, i) =>
          store().appendStreams([
            { stream: other, expectedRevision: 'no_stream', events: newEvents(1, i * 10) },
            { stream: contested, expectedRevision: 0n, events: newEvents(2, 100 + i * 10) },
          ]),
        ),
      );
      expect(outcomes.filter((o) => o[1].ok)).toHaveLength(1);
      for (const o of outcomes) expect(o[0].ok).toBe(true);
      expect(await store().streamRevision(contested)).toBe(2n);
    });
  });
}
