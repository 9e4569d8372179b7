import { describe, expect, it } from '@jest/globals';
import type { EventStore, ReadStreamOptions, RecordedEvent } from '../../event-store.port';
import { collect, newEvents, newStreamName, ofStreams } from '../contract-fixtures';

/** Appends `count` events to a new stream and returns the stream and its recorded events. */
async function seedStream(store: EventStore, count: number): Promise<[string, RecordedEvent[]]> {
  const stream = newStreamName();
  // Several appends, so that reads cross append boundaries.
  for (let i = 0; i < count; i += 3) {
    const batch = newEvents(Math.min(3, count - i), i);
    await store.appendToStream(stream, batch, { expectedRevision: i === 0 ? 'no_stream' : BigInt(i - 1) });
  }
  return [stream, await collect(store.readStream(stream))];
}

const revisionsOf = (events: readonly RecordedEvent[]): bigint[] => events.map((e) => e.revision);

/** Reads from any point: streams in both directions, the whole log from any event's position. */
export function readsContract(store: () => EventStore): void {
  describe('reads', () => {
    it.each<[string, ReadStreamOptions, bigint[]]>([
      ['forwards by default', {}, [0n, 1n, 2n, 3n, 4n, 5n, 6n]],
      ['backwards from the end', { direction: 'backwards' }, [6n, 5n, 4n, 3n, 2n, 1n, 0n]],
      ['forwards from a revision, inclusive', { fromRevision: 4n }, [4n, 5n, 6n]],
      ['forwards from the start explicitly', { fromRevision: 'start', maxCount: 2 }, [0n, 1n]],
      ['forwards from a revision with a count', { fromRevision: 2n, maxCount: 3 }, [2n, 3n, 4n]],
      [
        'backwards from a revision with a count',
        { direction: 'backwards', fromRevision: 3n, maxCount: 2 },
        [3n, 2n],
      ],
      [
        'backwards from the end explicitly',
        { direction: 'backwards', fromRevision: 'end', maxCount: 1 },
        [6n],
      ],
      ['backwards from past the end', { direction: 'backwards', fromRevision: 50n, maxCount: 2 }, [6n, 5n]],
      ['forwards from past the end', { fromRevision: 7n }, []],
      ['with a count larger than the stream', { maxCount: 100 }, [0n, 1n, 2n, 3n, 4n, 5n, 6n]],
    ])('reads a stream %s', async (_, options, expected) => {
      const [stream] = await seedStream(store(), 7);
      expect(revisionsOf(await collect(store().readStream(stream, options)))).toEqual(expected);
    });

    it('yields nothing for a missing stream, in either direction, and reports no revision', async () => {
      const stream = newStreamName();
      expect(await collect(store().readStream(stream))).toEqual([]);
      expect(await collect(store().readStream(stream, { direction: 'backwards' }))).toEqual([]);
      expect(await store().streamRevision(stream)).toBe('no_stream');
    });

    it('reports the revision of the last event of a stream', async () => {
      const [stream] = await seedStream(store(), 5);
      expect(await store().streamRevision(stream)).toBe(4n);
    });

    it('reads the whole log from any event position, inclusive, with or without a count', async () => {
      const [s1, events1] = await seedStream(store(), 4);
      const [s2, events2] = await seedStream(store(), 4);
      const mine = [...events1, ...events2];
      for (let i = 0; i < mine.length; i++) {
        const read = ofStreams(await collect(store().readAll({ fromPosition: mine[i].position })), [s1, s2]);
        expect(read.map((e) => e.id)).toEqual(mine.slice(i).map((e) => e.id));
      }
      // Another writer may interleave events of its own: only the count and our prefix are certain.
      const limited = await collect(store().readAll({ fromPosition: events1[2].position, maxCount: 3 }));
      expect(limited).toHaveLength(3);
      expect(limited[0].id).toBe(events1[2].id);
      const ours = ofStreams(limited, [s1, s2]).map((e) => e.id);
      expect(ours).toEqual(mine.slice(2, 2 + ours.length).map((e) => e.id));
    });

    it('reads the whole log from the start, the events of a stream in order', async () => {
      const [stream, events] = await seedStream(store(), 3);
      const read = ofStreams(await collect(store().readAll()), [stream]);
      expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
    });

    it('lets the reader append while it iterates a read', async () => {
      const [stream] = await seedStream(store(), 4);
      const other = newStreamName();
      let n = 0;
      for await (const event of store().readStream(stream)) {
        await store().appendToStream(other, newEvents(1, n), {
          expectedRevision: n === 0 ? 'no_stream' : BigInt(n - 1),
        });
        expect(event.revision).toBe(BigInt(n++));
      }
      expect(await store().streamRevision(other)).toBe(3n);
    });
  });
}
