import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import {
  EventStoreDBClient,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { EsdbWireServer } from './esdb-wire-server';

// gRPC round trips on a machine shared with other test runs: more than jest's default 5 s.
jest.setTimeout(30_000);

// The loopback server, checked against the real client: it must answer as EventStoreDB documents,
// or the adapter's tests through it would prove nothing.

const event = (n: number, id: string = randomUUID()) => jsonEvent({ id, type: 'WireTestEvent', data: { n } });
const stream = () => `wire-${randomUUID()}`;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Pulls `count` events without ending the subscription (a `break` would destroy it). */
async function take(
  iterator: AsyncIterator<AllStreamResolvedEvent>,
  count: number,
): Promise<AllStreamResolvedEvent[]> {
  const out: AllStreamResolvedEvent[] = [];
  while (out.length < count) {
    const next = await iterator.next();
    if (next.done) throw new Error(`The subscription ended after ${out.length} of ${count} events`);
    out.push(next.value);
  }
  return out;
}

describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('loopback EventStoreDB server, appends through %s', (_, batchAppend) => {
  let server: EsdbWireServer;
  let client: EventStoreDBClient;

  beforeAll(async () => {
    server = await EsdbWireServer.start({ batchAppend });
    client = EventStoreDBClient.connectionString(server.connectionString);
  });
  afterAll(async () => {
    await client.dispose();
    await server.stop();
  });

  it('numbers revisions from 0 and gives non-contiguous, increasing global positions', async () => {
    const name = stream();
    const first = await client.appendToStream(name, [event(0), event(1)], { expectedRevision: 'no_stream' });
    const second = await client.appendToStream(name, [event(2)], { expectedRevision: 1n });
    const read = await collect<ResolvedEvent>(client.readStream(name));
    expect(read.map((r) => r.event?.revision)).toEqual([0n, 1n, 2n]);
    const positions = read.map((r) => r.event!.position!.commit);
    expect(positions[1] - positions[0]).toBeGreaterThan(1n);
    expect(first).toMatchObject({ nextExpectedRevision: 1n, position: { commit: positions[1] } });
    expect(second).toMatchObject({ nextExpectedRevision: 2n, position: { commit: positions[2] } });
    // The client keeps one BatchAppend call open for all appends, or makes an Append call for each.
    expect(server.served.batchAppend > 0).toBe(batchAppend);
    expect(server.served.append > 0).toBe(!batchAppend);
  });

  it('answers a read of a missing stream with stream-not-found', async () => {
    await expect(collect(client.readStream(stream()))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('refuses a wrong expected version with the stream as it is', async () => {
    const name = stream();
    const missing = client.appendToStream(name, [event(0)], { expectedRevision: 0n });
    await expect(missing).rejects.toMatchObject({ expectedVersion: 0n, actualVersion: 'no_stream' });
    await client.appendToStream(name, [event(0)], { expectedRevision: 'no_stream' });
    const again = client.appendToStream(name, [event(1)], { expectedRevision: 'no_stream' });
    await expect(again).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(again).rejects.toMatchObject({ expectedVersion: 'no_stream', actualVersion: 0n });
    const exists = client.appendToStream(stream(), [event(0)], { expectedRevision: 'stream_exists' });
    await expect(exists).rejects.toMatchObject({
      expectedVersion: 'stream_exists',
      actualVersion: 'no_stream',
    });
  });

  it('deduplicates a retried append by event id, with an exact or an any expectation', async () => {
    const name = stream();
    const batch = [event(0), event(1)];
    const first = await client.appendToStream(name, batch, { expectedRevision: 'no_stream' });
    await client.appendToStream(name, [event(2)], { expectedRevision: 1n });
    expect(await client.appendToStream(name, batch, { expectedRevision: 'no_stream' })).toEqual(first);
    expect(await client.appendToStream(name, batch, { expectedRevision: 'any' })).toEqual(first);
    const read = await collect<ResolvedEvent>(client.readStream(name));
    expect(read).toHaveLength(3);
  });

  it('takes a batch that repeats only part of the stream as a wrong expected version', async () => {
    const name = stream();
    const [a, b] = [event(0), event(1)];
    await client.appendToStream(name, [a, b], { expectedRevision: 'no_stream' });
    const partial = client.appendToStream(name, [a, event(2)], { expectedRevision: 'no_stream' });
    await expect(partial).rejects.toBeInstanceOf(WrongExpectedVersionError);
  });

  it('keeps system events in $all and links each event into its $ce- category stream', async () => {
    const name = stream();
    await client.appendToStream(name, [event(0)], { expectedRevision: 'no_stream' });
    const all = await collect<AllStreamResolvedEvent>(client.readAll());
    expect(all[0]?.event?.streamId).toBe('$users');
    const link = all.find((r) => r.event?.streamId === '$ce-wire' && r.event.type === '$>');
    expect(link).toBeDefined();
  });

  it('subscribes to $all from a position, exclusive, then reports caught up, then goes live', async () => {
    const name = stream();
    await client.appendToStream(name, [event(0), event(1), event(2)], { expectedRevision: 'no_stream' });
    const read = await collect<ResolvedEvent>(client.readStream(name));
    const subscription = client.subscribeToAll({
      fromPosition: read[0].event!.position!,
      filter: excludeSystemEvents(),
    });
    let caughtUp = 0;
    const caughtUpOnce = new Promise<void>((resolve) =>
      subscription.on('caughtUp', () => {
        caughtUp++;
        resolve();
      }),
    );
    const iterator = subscription[Symbol.asyncIterator]();
    const history = await take(iterator, 2);
    expect(history.map((r) => r.event?.id)).toEqual([read[1].event!.id, read[2].event!.id]);
    await caughtUpOnce;

    const live = event(3);
    await client.appendToStream(name, [live], { expectedRevision: 2n });
    // Nobody else writes to this server meanwhile: the next event is ours.
    const [next] = await take(iterator, 1);
    expect(next?.event?.id).toBe(live.id);
    expect(caughtUp).toBe(1);
    await subscription.unsubscribe();
  });

  it('ends open subscriptions with UNAVAILABLE when it fails its calls, and serves new ones', async () => {
    const subscription = client.subscribeToAll({ filter: excludeSystemEvents() });
    await new Promise<void>((resolve) => subscription.once('confirmation', resolve));
    const ended = collect(subscription);
    server.failOpenCalls();
    await expect(ended).rejects.toBeInstanceOf(UnavailableError);
    const name = stream();
    await expect(client.appendToStream(name, [event(0)])).resolves.toMatchObject({
      nextExpectedRevision: 0n,
    });
  });
});
