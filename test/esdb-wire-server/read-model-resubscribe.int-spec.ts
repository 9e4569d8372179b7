import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
  ReadModelRunner,
  SqliteCheckpointStore,
  StoreUnavailableError,
  type ReadModel,
  type RecordedEvent,
} from '@ledger/event-store';
import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { newEvents, newStreamName } from '../../libs/event-store/src/testing';
import { EsdbWireServer } from './esdb-wire-server';

// gRPC round trips on a machine shared with other test runs: more than jest's default 5 s.
jest.setTimeout(30_000);

// The read-model runtime on the EventStoreDB adapter, with the connection dropped under it while
// it catches up and while it is live: it must resubscribe from its last position and fold every
// event exactly once, in order.

let server: EsdbWireServer;
let store: EsdbEventStore;
let checkpoints: SqliteCheckpointStore;
let runner: ReadModelRunner<number> | undefined;

beforeEach(async () => {
  server = await EsdbWireServer.start();
  store = new EsdbEventStore({ connectionString: server.connectionString, subscriptionBuffer: 4 });
  checkpoints = new SqliteCheckpointStore({ file: ':memory:' });
});
afterEach(async () => {
  await runner?.stop();
  await checkpoints.close();
  await store.close();
  await server.stop();
});

/** Counts events; remembers, outside its state, which it folded, and runs `at[n]` after the n-th. */
function countingModel(at: Record<number, () => void>): ReadModel<number> & { folded: RecordedEvent[] } {
  const folded: RecordedEvent[] = [];
  return {
    name: 'counting',
    folded,
    initialState: () => 0,
    apply(count, event) {
      folded.push(event);
      at[folded.length]?.();
      return count + 1;
    },
  };
}

/** Appends `count` events spread over `streams`, one append each; returns the appended ids. */
async function append(streams: string[], count: number, from: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const [event] = newEvents(1, from + i);
    await store.appendToStream(streams[i % streams.length], [event], { expectedRevision: 'any' });
    ids.push(event.id);
  }
  return ids;
}

describe('ReadModelRunner on EventStoreDB when the connection drops', () => {
  it('resubscribes from its last position and folds every event once, in catch-up and live', async () => {
    const streams = [newStreamName(), newStreamName(), newStreamName()];
    const history = await append(streams, 60, 0);
    const drops: Promise<void>[] = [];
    // Dropped while it catches up: the calls failed after 20 events, every connection after 45.
    const model = countingModel({
      20: () => server.failOpenCalls(),
      45: () => drops.push(server.dropConnections()),
    });
    const retries: unknown[] = [];
    runner = new ReadModelRunner(store, model, checkpoints, {
      backoff: () => 10,
      onRetry: (error) => retries.push(error),
    });

    await runner.start();
    await runner.whenCaughtUp();
    await Promise.all(drops);
    expect(retries).toHaveLength(2);

    // Dropped while live, with appends before and after the drop.
    const live = await append(streams, 5, 200);
    await runner.waitFor((await store.stats()).position!, 10_000);
    await server.dropConnections();
    const later = await append(streams, 5, 300);
    await runner.waitFor((await store.stats()).position!, 10_000);

    expect(retries).toHaveLength(3);
    for (const error of retries) expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(model.folded.map((event) => event.id)).toEqual([...history, ...live, ...later]);
    const positions = model.folded.map((event) => event.position);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
    expect(runner.state).toBe(70);
  });
});
