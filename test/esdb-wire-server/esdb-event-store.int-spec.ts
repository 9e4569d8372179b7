import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { StoreUnavailableError, type EventToAppend, type RecordedEvent } from '@ledger/event-store';
import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { SubscriptionProbe, collect, newEvents, newStreamName } from '../../libs/event-store/src/testing';
import { EsdbWireServer } from './esdb-wire-server';

// gRPC round trips on a machine shared with other test runs: more than jest's default 5 s.
jest.setTimeout(30_000);

// What the contract cannot show: the adapter against the server's own records (system events,
// `$ce-` links, non-contiguous positions), the server's deduplication, and dropped connections.

let server: EsdbWireServer;
const stores: EsdbEventStore[] = [];

function open(options: { subscriptionBuffer?: number } = {}): EsdbEventStore {
  const store = new EsdbEventStore({ connectionString: server.connectionString, ...options });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  server = await EsdbWireServer.start();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});
afterAll(async () => {
  await server.stop();
});

const userEvents = () =>
  Array.from({ length: server.log.length }, (_, i) => server.log.at(i)).filter(
    (record) => !record.stream.startsWith('$') && !record.type.startsWith('$'),
  );

describe('EsdbEventStore on the loopback server', () => {
  it('reads the whole log without the server’s system events and category links', async () => {
    const store = open();
    const stream = newStreamName();
    await store.appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
    const systemRecords = server.log.length - userEvents().length;
    expect(systemRecords).toBeGreaterThanOrEqual(5); // $users, $projections-$all, one $> link per event

    const all = await collect(store.readAll());
    expect(all.map((e) => e.id)).toEqual(userEvents().map((record) => record.id));
    expect(all.some((e) => e.type.startsWith('$') || e.streamName.startsWith('$'))).toBe(false);
  });

  it('answers two processes sending the same append at once alike, and writes it once', async () => {
    const [first, second] = [open(), open()];
    const stream = newStreamName();
    const batch = newEvents(3);
    const before = server.log.length;
    const results = await Promise.all(
      [first, second].map((store) => store.appendToStream(stream, batch, { expectedRevision: 'no_stream' })),
    );
    expect(results[1]).toEqual(results[0]);
    expect(await collect(first.readStream(stream))).toHaveLength(3);
    expect(server.log.length - before).toBe(6); // three events and their three $ce- links, once
  });

  it('answers a missing stream with nothing and keeps serving', async () => {
    const store = open();
    expect(await collect(store.readStream(newStreamName()))).toEqual([]);
    expect(await store.streamRevision(newStreamName())).toBe('no_stream');
    const stream = newStreamName();
    await expect(
      store.appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' }),
    ).resolves.toEqual(expect.objectContaining({ nextExpectedRevision: 0n }));
  });

  it('subscribes after a position, skipping links, and is caught up at the last event, not the last link', async () => {
    const store = open();
    const stream = newStreamName();
    await store.appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
    const [e0, e1, e2] = await collect(store.readStream(stream));
    expect(server.log.at(server.log.length - 1).type).toBe('$>');

    const probe = new SubscriptionProbe(store.subscribeToAll({ fromPosition: e0.position }));
    expect(await probe.untilCaughtUp()).toEqual([
      { kind: 'event', event: e1 },
      { kind: 'event', event: e2 },
      { kind: 'caughtUp', position: e2.position },
    ]);
    await probe.subscription.close();
  });

  it('counts events and streams without system events, then only what was appended since', async () => {
    const store = open();
    const mine = userEvents();
    const initial = await store.stats();
    expect(initial).toEqual({
      position: mine.at(-1)?.position ?? null,
      events: BigInt(mine.length),
      streams: BigInt(new Set(mine.map((record) => record.stream)).size),
    });
    const stream = newStreamName();
    const appended = await store.appendToStream(stream, newEvents(2), { expectedRevision: 'no_stream' });
    expect(await store.stats()).toEqual({
      position: appended.position,
      events: initial.events + 2n,
      streams: initial.streams + 1n,
    });
  });

  it('holds the server back while the consumer is slow, then delivers everything in order', async () => {
    const store = open({ subscriptionBuffer: 2 });
    const stream = newStreamName();
    const [first] = newEvents(1);
    await store.appendToStream(stream, [first], { expectedRevision: 'no_stream' });
    const [start] = await collect(store.readStream(stream));
    const probe = new SubscriptionProbe(store.subscribeToAll({ fromPosition: start.position }));
    await probe.untilCaughtUp();

    const big = (n: number): EventToAppend => ({
      ...newEvents(1, n)[0],
      data: { n, pad: 'x'.repeat(2000) },
    });
    const batch = Array.from({ length: 1000 }, (_, n) => big(n));
    const sentBefore = server.served.subscriptionEvents;
    await store.appendToStream(stream, batch, { expectedRevision: 0n });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The client buffers a few events and HTTP/2 a window's worth; the rest waits on the server.
    expect(server.served.subscriptionEvents - sentBefore).toBeLessThan(batch.length / 4);

    const delivered = await probe.untilEvent(batch.at(-1)!.id);
    expect(delivered.map((item) => (item.kind === 'event' ? item.event.id : item.kind))).toEqual(
      batch.map((e) => e.id),
    );
    await probe.subscription.close();
  });
});

describe.each([
  ['fails the open calls with UNAVAILABLE', (s: EsdbWireServer) => Promise.resolve(s.failOpenCalls())],
  ['drops every connection', (s: EsdbWireServer) => s.dropConnections()],
])('when the server %s mid-subscription', (_, drop) => {
  it('ends the iteration with StoreUnavailableError; resubscribing from the last event loses and repeats nothing', async () => {
    const store = open();
    const stream = newStreamName();
    const batches = [newEvents(3, 0), newEvents(3, 10), newEvents(3, 20)];
    await store.appendToStream(stream, batches[0], { expectedRevision: 'no_stream' });
    const [first] = await collect(store.readStream(stream));
    const delivered: RecordedEvent[] = [first];

    const probe = new SubscriptionProbe(store.subscribeToAll({ fromPosition: first.position }));
    for (const item of await probe.untilCaughtUp()) if (item.kind === 'event') delivered.push(item.event);
    await store.appendToStream(stream, batches[1], { expectedRevision: 2n });
    for (const item of await probe.untilEvent(batches[1][0].id))
      if (item.kind === 'event') delivered.push(item.event);

    await drop(server);
    const failure = await probe
      .until(() => false, 'the drop')
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(failure).toMatchObject({ code: 'STORE.UNAVAILABLE' });
    for (const item of probe.items)
      if (item.kind === 'event' && !delivered.includes(item.event)) delivered.push(item.event);

    // Meanwhile the ledger keeps writing; then the consumer resubscribes from what it has.
    await store.appendToStream(stream, batches[2], { expectedRevision: 5n });
    const resumed = new SubscriptionProbe(store.subscribeToAll({ fromPosition: delivered.at(-1)!.position }));
    for (const item of await resumed.untilEvent(batches[2][2].id))
      if (item.kind === 'event') delivered.push(item.event);
    await resumed.subscription.close();

    const ours = delivered.filter((e) => e.streamName === stream).map((e) => e.id);
    expect(ours).toEqual(batches.flat().map((e) => e.id));
  });
});

describe('EsdbEventStore right after a dropped connection', () => {
  it('appends and reads: the call that races the client reconnecting is tried once more', async () => {
    const store = open();
    const stream = newStreamName();
    const { position } = await store.appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
    // An open subscription: its failure makes the client close the channel the next call would use.
    const probe = new SubscriptionProbe(store.subscribeToAll({ fromPosition: position }));
    await probe.untilCaughtUp();

    await server.dropConnections();
    const next = await store.appendToStream(stream, newEvents(1, 1), { expectedRevision: 0n });
    expect(next.nextExpectedRevision).toBe(1n);
    expect(await collect(store.readStream(stream))).toHaveLength(2);
    await expect(probe.next()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('EsdbEventStore without a server', () => {
  it('reports StoreUnavailableError naming the operation', async () => {
    const gone = await EsdbWireServer.start();
    const store = new EsdbEventStore({ connectionString: gone.connectionString });
    stores.push(store);
    await gone.stop();
    const attempt = store.appendToStream(`child-${randomUUID()}`, newEvents(1), { expectedRevision: 'any' });
    await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(attempt).rejects.toThrow(/EventStoreDB could not read child-/);
  });

  it('ends its subscriptions and refuses further work once closed', async () => {
    const store = open();
    const stream = newStreamName();
    const { position } = await store.appendToStream(stream, newEvents(1), { expectedRevision: 'no_stream' });
    const probe = new SubscriptionProbe(store.subscribeToAll({ fromPosition: position }));
    await probe.untilCaughtUp();
    const waiting = probe.next();
    await store.close();
    expect(await waiting).toBe('done');
    expect(() => store.subscribeToAll()).toThrow(StoreUnavailableError);
    await expect(store.streamRevision('child-1')).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
