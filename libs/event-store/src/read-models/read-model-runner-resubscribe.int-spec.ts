import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { tempLedgerDir } from '../sqlite/sqlite-temp.fixture';
import { ConnectionDroppedError, FlakyEventStore } from '../testing/flaky-event-store';
import { ReadModelRunner } from './read-model-runner';
import { appendSpread, positionsUpTo, tallyModel } from './read-model-runner.fixture';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';

describe('ReadModelRunner when the subscription drops', () => {
  let temp: ReturnType<typeof tempLedgerDir>;
  let store: SqliteEventStore;
  let checkpoints: SqliteCheckpointStore;
  let running: ReadModelRunner<unknown> | undefined;

  beforeEach(() => {
    temp = tempLedgerDir();
    store = new SqliteEventStore({ file: temp.file, pageSize: 4 });
    checkpoints = new SqliteCheckpointStore({ file: temp.file });
  });
  afterEach(async () => {
    await running?.stop();
    await checkpoints.close();
    await store.close();
    temp.remove();
  });

  it('resubscribes from where it was, losing and repeating nothing, in history and live', async () => {
    await appendSpread(store, 10);
    // Drops after 3 events; then after 5 more; then after the rest of the history, the caught-up marker and 2 live events.
    const flaky = new FlakyEventStore(store, [3, 5, 5]);
    const retries: Array<[string, number, number]> = [];
    const model = tallyModel();
    const tally = new ReadModelRunner(flaky, model, checkpoints, {
      backoff: (attempt) => attempt,
      onRetry: (error, attempt, delayMs) => retries.push([(error as Error).name, attempt, delayMs]),
    });
    running = tally;
    await tally.start();
    await tally.whenCaughtUp();
    await tally.waitFor(await appendSpread(store, 4), 2_000);

    expect(tally.state.positions).toEqual(positionsUpTo(14));
    expect(model.applied).toBe(14);
    expect(flaky.subscriptions.map((s) => s.fromPosition)).toEqual(['start', 3n, 8n, 12n]);
    expect(retries).toEqual(Array(3).fill([new ConnectionDroppedError(0).name, 1, 1]));
    expect(tally.lastError).toBeInstanceOf(ConnectionDroppedError);
  });

  it('backs off longer on each consecutive failure, with the delays it is given', async () => {
    await appendSpread(store, 2);
    const flaky = new FlakyEventStore(store, [0, 0, 0]);
    const delays: number[] = [];
    const tally = new ReadModelRunner(flaky, tallyModel(), checkpoints, {
      backoff: (attempt) => attempt * 5,
      onRetry: (_, __, delayMs) => delays.push(delayMs),
    });
    running = tally;
    await tally.start();
    await tally.whenCaughtUp();
    expect(delays).toEqual([5, 10, 15]);
    expect(tally.state.positions).toEqual(positionsUpTo(2));
  });

  it('can be stopped while it waits to resubscribe', async () => {
    const flaky = new FlakyEventStore(store, [0]);
    const tally = new ReadModelRunner(flaky, tallyModel(), checkpoints, { backoff: () => 60_000 });
    running = tally;
    await tally.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tally.status).toBe('retrying');
    const started = Date.now();
    await tally.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(flaky.subscriptions).toHaveLength(1);
  });
});
