import { collect, newEvents, newStreamName } from '../testing/contract-fixtures';
import { SubscriptionProbe, eventIdsOf } from '../testing/subscription-probe';
import { SqliteEventStore } from './sqlite-event-store';
import { tempLedgerDir } from './sqlite-temp.fixture';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SqliteEventStore subscriptions', () => {
  let temp: ReturnType<typeof tempLedgerDir>;
  const opened: SqliteEventStore[] = [];
  const open = (pollIntervalMs = 60_000) => {
    const store = new SqliteEventStore({ file: temp.file, pollIntervalMs, pageSize: 2 });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    temp = tempLedgerDir();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    temp.remove();
  });

  it('on an empty store is caught up at once, with no position', async () => {
    const probe = new SubscriptionProbe(open().subscribeToAll());
    expect(await probe.next()).toEqual({ kind: 'caughtUp', position: null });
    await probe.subscription.close();
  });

  it('is caught up at the head it started with, even when more was appended before the first pull', async () => {
    const store = open();
    const stream = newStreamName();
    await store.appendToStream(stream, newEvents(3), { expectedRevision: 'no_stream' });
    const probe = new SubscriptionProbe(store.subscribeToAll({ fromPosition: 1n }));
    await store.appendToStream(stream, newEvents(2, 3), { expectedRevision: 2n });
    const items = await probe.untilEvent((await collect(store.readStream(stream)))[4].id);
    expect(
      items.map((item) => (item.kind === 'event' ? item.event.position : `caughtUp ${item.position}`)),
    ).toEqual([2n, 3n, 'caughtUp 3', 4n, 5n]);
    await probe.subscription.close();
  });

  it('finds appends made through another connection to the file by polling', async () => {
    const watcher = open(20);
    const writer = open();
    const stream = newStreamName();
    const probe = new SubscriptionProbe(watcher.subscribeToAll(), 5_000);
    expect(await probe.next()).toEqual({ kind: 'caughtUp', position: null });
    const batch = newEvents(5);
    await writer.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
    const items = await probe.untilEvent(batch[4].id);
    expect(eventIdsOf(items, [stream])).toEqual(batch.map((e) => e.id));
    await probe.subscription.close();
  });

  // Polling every minute in these two: only the in-process signal can be this quick.
  it('wakes a caught-up subscriber as soon as an append commits in the same process', async () => {
    const store = open();
    const probe = new SubscriptionProbe(store.subscribeToAll(), 1_000);
    await probe.untilCaughtUp();
    const pending = probe.next();
    await pause(20); // the subscriber reads, finds nothing, and waits
    const [event] = newEvents(1);
    await store.appendToStream(newStreamName(), [event], { expectedRevision: 'no_stream' });
    expect(await pending).toMatchObject({ kind: 'event', event: { id: event.id, position: 1n } });
    await probe.subscription.close();
  });

  it('ends a waiting subscriber at once when the store closes', async () => {
    const store = open();
    const probe = new SubscriptionProbe(store.subscribeToAll(), 1_000);
    await probe.untilCaughtUp();
    const pending = probe.next();
    await pause(20); // the subscriber reads, finds nothing, and waits
    await store.close();
    expect(await pending).toBe('done');
  });

  it('delivers a long history to a slow consumer in order, page by page', async () => {
    const store = open();
    const stream = newStreamName();
    for (let i = 0; i < 20; i++) {
      await store.appendToStream(stream, newEvents(5, i * 5), {
        expectedRevision: i === 0 ? 'no_stream' : BigInt(i * 5 - 1),
      });
    }
    const positions: bigint[] = [];
    for await (const item of store.subscribeToAll()) {
      if (item.kind === 'caughtUp') break;
      positions.push(item.event.position);
      if (positions.length % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(positions).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i + 1)));
  });
});
