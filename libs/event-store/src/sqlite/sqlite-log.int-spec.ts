import { DuplicateEventIdError } from '../errors';
import { collect, newEvent, newEvents, newStreamName, streamIds } from '../testing/contract-fixtures';
import { SqliteEventStore } from './sqlite-event-store';

describe('SqliteEventStore log', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:', pageSize: 4 });
  });
  afterEach(() => store.close());

  it('reports an empty store as no position, no events, no streams', async () => {
    expect(await store.stats()).toEqual({ position: null, events: 0n, streams: 0n });
    expect(await collect(store.readAll())).toEqual([]);
  });

  it('numbers global positions 1, 2, 3… across streams: position P is the P-th event', async () => {
    const [s1, s2] = [newStreamName(), newStreamName()];
    await store.appendToStream(s1, newEvents(3), { expectedRevision: 'no_stream' });
    await store.appendToStream(s2, newEvents(2), { expectedRevision: 'no_stream' });
    await expect(store.appendToStream(s1, newEvents(2), { expectedRevision: 0n })).rejects.toThrow();
    // A batch that fails after inserting some rows rolls its positions back too.
    const [taken] = await collect(store.readStream(s2, { maxCount: 1 }));
    const clash = [newEvent(7), { ...newEvent(8), id: taken.id }];
    await expect(store.appendToStream(s1, clash, { expectedRevision: 2n })).rejects.toThrow(
      DuplicateEventIdError,
    );
    await store.appendToStream(s1, newEvents(4), { expectedRevision: 2n });
    const all = await collect(store.readAll());
    expect(all.map((e) => e.position)).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n]);
    expect(await store.stats()).toEqual({ position: 9n, events: 9n, streams: 2n });
    expect((await collect(store.readAll({ fromPosition: 7n }))).map((e) => e.position)).toEqual([7n, 8n, 9n]);
  });

  it('refuses an id that already belongs to another stream, writing nothing', async () => {
    const [s1, s2] = [newStreamName(), newStreamName()];
    const [a] = newEvents(1);
    await store.appendToStream(s1, [a], { expectedRevision: 'no_stream' });
    const attempt = store.appendToStream(s2, [newEvent(1), a], { expectedRevision: 'any' });
    await expect(attempt).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(attempt).rejects.toMatchObject({ stream: s2, eventId: a.id });
    expect(await store.streamRevision(s2)).toBe('no_stream');
    expect(await streamIds(store, s1)).toEqual([a.id]);
  });

  it('writes nothing when an event is not JSON-serialisable, naming the event', async () => {
    const stream = newStreamName();
    const bad = { ...newEvent(1), data: { amount: 1n } };
    await expect(
      store.appendToStream(stream, [newEvent(0), bad], { expectedRevision: 'any' }),
    ).rejects.toThrow(`Event ${bad.id}: data is not JSON-serialisable`);
    expect(await store.stats()).toMatchObject({ events: 0n });
  });

  it('reads nothing with a count of 0 and refuses a negative or fractional count', async () => {
    const stream = newStreamName();
    await store.appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
    expect(await collect(store.readStream(stream, { maxCount: 0 }))).toEqual([]);
    expect(await collect(store.readAll({ maxCount: 0 }))).toEqual([]);
    await expect(collect(store.readStream(stream, { maxCount: -1 }))).rejects.toThrow(RangeError);
    await expect(collect(store.readAll({ maxCount: 1.5 }))).rejects.toThrow(RangeError);
  });

  it('reads a stream longer than many pages in both directions', async () => {
    const stream = newStreamName();
    for (let i = 0; i < 10; i++) {
      await store.appendToStream(stream, newEvents(3, i * 3), {
        expectedRevision: i === 0 ? 'no_stream' : BigInt(i * 3 - 1),
      });
    }
    const forwards = await collect(store.readStream(stream));
    const backwards = await collect(store.readStream(stream, { direction: 'backwards' }));
    expect(forwards.map((e) => (e.data as { n: number }).n)).toEqual([...Array(30).keys()]);
    expect(backwards.map((e) => e.id)).toEqual(forwards.map((e) => e.id).reverse());
    expect(await collect(store.readStream(stream, { fromRevision: 'end' }))).toEqual([]);
    expect(
      (await collect(store.readStream(stream, { direction: 'backwards', fromRevision: 'start' }))).map(
        (e) => e.revision,
      ),
    ).toEqual([0n]);
  });
});
