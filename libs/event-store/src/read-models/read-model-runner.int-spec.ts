import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { tempLedgerDir } from '../sqlite/sqlite-temp.fixture';
import { ReadModelFailedError, ReadModelStoppedError, ReadModelTimeoutError } from './read-model.errors';
import { ReadModelRunner, type ReadModelRunnerOptions } from './read-model-runner';
import { appendSpread, positionsUpTo, tallyModel } from './read-model-runner.fixture';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';

describe('ReadModelRunner on SQLite', () => {
  let temp: ReturnType<typeof tempLedgerDir>;
  let store: SqliteEventStore;
  let checkpoints: SqliteCheckpointStore;
  const runners: ReadModelRunner<unknown>[] = [];
  const runner = <S>(
    model: ConstructorParameters<typeof ReadModelRunner<S>>[1],
    options?: ReadModelRunnerOptions,
  ) => {
    const r = new ReadModelRunner(store, model, checkpoints, options);
    runners.push(r);
    return r;
  };

  beforeEach(() => {
    temp = tempLedgerDir();
    store = new SqliteEventStore({ file: temp.file, pageSize: 4 });
    checkpoints = new SqliteCheckpointStore({ file: temp.file });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
    await checkpoints.close();
    await store.close();
    temp.remove();
  });

  it('folds the history and then live events, and waitFor sees an append land', async () => {
    await appendSpread(store, 10);
    const tally = runner(tallyModel());
    await tally.start();
    await tally.whenCaughtUp();
    expect(tally.state.positions).toEqual(positionsUpTo(10));
    expect(tally.status).toBe('live');

    const last = await appendSpread(store, 2);
    await tally.waitFor(last, 1_000);
    expect(tally.position).toBe(12n);
    expect(tally.state.sum).toBe(45 + 0 + 1);
  });

  it('times out a wait for a position not reached, naming the model and both positions', async () => {
    await appendSpread(store, 3);
    const tally = runner(tallyModel('placements'));
    await tally.start();
    await tally.whenCaughtUp();
    const waiting = tally.waitFor(4n, 30);
    await expect(waiting).rejects.toBeInstanceOf(ReadModelTimeoutError);
    await expect(waiting).rejects.toMatchObject({
      model: 'placements',
      wanted: 4n,
      reached: 3n,
      timeoutMs: 30,
    });
  });

  it('resumes after a restart from its checkpoint without folding anything twice', async () => {
    await appendSpread(store, 10);
    const first = runner(tallyModel());
    await first.start();
    await first.whenCaughtUp();
    await first.stop();
    await appendSpread(store, 3);

    const model = tallyModel();
    const second = runner(model);
    await second.start();
    await second.whenCaughtUp();
    expect(model.applied).toBe(3);
    expect(second.state.positions).toEqual(positionsUpTo(13));
  });

  it('checkpoints every N events and after T ms while live, not only on stop', async () => {
    let now = 0;
    const tally = runner(tallyModel(), { checkpointEvery: 4, checkpointAfterMs: 1_000, now: () => now });
    await appendSpread(store, 2);
    await tally.start();
    await tally.whenCaughtUp();
    expect((await checkpoints.load('tally'))?.position).toBe(2n); // saved on catching up
    await tally.waitFor(await appendSpread(store, 3), 1_000);
    expect((await checkpoints.load('tally'))?.position).toBe(2n);
    await tally.waitFor(await appendSpread(store, 1), 1_000);
    expect((await checkpoints.load('tally'))?.position).toBe(6n); // the fourth event since the last save
    now += 1_000;
    await tally.waitFor(await appendSpread(store, 1), 1_000);
    expect(await checkpoints.load('tally')).toEqual({
      position: 7n,
      version: 1,
      state: JSON.stringify(tally.state),
    });
  });

  it('never saves a model that is kept only in memory, and refolds the log on restart', async () => {
    await appendSpread(store, 5);
    const memoryOnly = { ...tallyModel('memory-only'), persistent: false };
    const first = runner(memoryOnly, { checkpointEvery: 1 });
    await first.start();
    await first.whenCaughtUp();
    await first.stop();
    expect(await checkpoints.load('memory-only')).toBeUndefined();

    const again = runner(memoryOnly);
    await again.start();
    await again.whenCaughtUp();
    expect(again.state.positions).toEqual(positionsUpTo(5));
  });

  it('rebuilds from the start to exactly the state it had', async () => {
    const tally = runner(tallyModel(), { checkpointEvery: 3 });
    await appendSpread(store, 7, 2);
    await tally.start();
    await tally.whenCaughtUp();
    await tally.stop();
    await appendSpread(store, 5, 4);
    await tally.start();
    await tally.waitFor(12n, 1_000);
    const before = { state: tally.state, position: tally.position };

    await tally.rebuild();
    expect({ state: tally.state, position: tally.position }).toEqual(before);
    expect((await checkpoints.load('tally'))?.state).toBe(JSON.stringify(before.state));
  });

  it('starts from scratch when the checkpoint was written by another version of the model', async () => {
    await appendSpread(store, 4);
    const v1 = runner(tallyModel('tally', 1));
    await v1.start();
    await v1.whenCaughtUp();
    await v1.stop();
    const model = tallyModel('tally', 2);
    const v2 = runner(model);
    await v2.start();
    await v2.whenCaughtUp();
    expect(model.applied).toBe(4);
    expect(v2.state.positions).toEqual(positionsUpTo(4));
  });

  it('rejects the waiters when stopped', async () => {
    const tally = runner(tallyModel());
    await tally.start();
    const waiting = tally.waitFor(1n, 5_000);
    await tally.stop();
    await expect(waiting).rejects.toBeInstanceOf(ReadModelStoppedError);
  });

  it('stops for good when the model itself fails, and says where', async () => {
    await appendSpread(store, 5);
    const retries: number[] = [];
    const model = tallyModel();
    const broken = runner(
      {
        ...model,
        apply: (state, event) => {
          if (event.position === 4n) throw new Error('bad event');
          return model.apply(state, event);
        },
      },
      { onRetry: (_, attempt) => retries.push(attempt) },
    );
    await broken.start();
    await expect(broken.whenCaughtUp()).rejects.toBeInstanceOf(ReadModelFailedError);
    await expect(broken.waitFor(5n, 1_000)).rejects.toThrow('Read model tally failed after position 3');
    expect(broken.status).toBe('failed');
    expect(broken.position).toBe(3n);
    expect(retries).toEqual([]);
  });
});
