import {
  type ReadModel,
  ReadModelRunner,
  SqliteCheckpointStore,
  SqliteEventStore,
} from '@ledger/event-store';
import { buildTimeline, computeReport, type LedgerEventRecord } from '@ledger/projections';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../clock/clock';
import { ChildCommandExecutor, type ChildCommandInput } from '../write/child-command-executor';
import { childIndexReadModel, type ChildIndexState } from './child-index.read-model';
import { toLedgerEventRecord } from './ledger-event-records';
import { measuresReadModel } from './measures.read-model';

const placement = (carerId: string) => ({ type: 'U6' as const, provider: 'PR1' as const, carerId });
const journey = (childId: string, start: string): ChildCommandInput[] => [
  {
    type: 'RegisterChild',
    data: { childId, dateOfBirth: '2012-01-01', sex: 'F', responsibleAuthority: 'E06000059', uasc: false },
  },
  {
    type: 'StartCare',
    data: {
      effectiveDate: start,
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placement: placement(`${childId}-a`),
    },
  },
  {
    type: 'MovePlacement',
    data: {
      effectiveDate: '2023-06-01',
      placement: placement(`${childId}-b`),
      carerChanged: true,
      reason: 'CARPL',
    },
  },
];

/** Counts the events a model folds in, so a restart that refolds history shows. */
const counted = <S>(model: ReadModel<S>) => {
  const wrapped = {
    ...model,
    applied: 0,
    apply: (state: S, event: Parameters<ReadModel<S>['apply']>[1]) => (
      (wrapped.applied += 1),
      model.apply(state, event)
    ),
  };
  return wrapped;
};

describe('the ledger’s read models on the catch-up runtime (SQLite)', () => {
  let dir: string;
  let store: SqliteEventStore;
  let checkpoints: SqliteCheckpointStore;
  let executor: ChildCommandExecutor;
  const record = (childId: string, commands: ChildCommandInput[]) =>
    executor.execute(childId, commands, {
      commandId: `c-${childId}-${commands.length}`,
      correlationId: 'test',
      recordedBy: 'test',
      source: 'api',
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-rm-'));
    store = new SqliteEventStore({ file: join(dir, 'ledger.db') });
    checkpoints = new SqliteCheckpointStore({ file: join(dir, 'ledger.db') });
    executor = new ChildCommandExecutor(store, new SystemClock(), 3);
  });
  afterEach(async () => {
    await checkpoints.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the child index resumes from its checkpoint after a restart, and a rebuild gives the same state', async () => {
    await record('A', journey('A', '2022-01-10'));
    await record('B', journey('B', '2022-03-01'));
    const first = counted(childIndexReadModel);
    const runner = new ReadModelRunner(store, first, checkpoints, { checkpointEvery: 1 });
    await runner.start();
    await runner.whenCaughtUp();
    await runner.stop();
    expect(first.applied).toBe(6);

    const { position } = await record('C', journey('C', '2023-01-05'));
    const second = counted(childIndexReadModel);
    const resumed = new ReadModelRunner(store, second, checkpoints);
    await resumed.start();
    await resumed.waitFor(position, 5_000);
    expect(second.applied).toBe(3); // only C's events: nothing refolded
    const state: ChildIndexState = JSON.parse(JSON.stringify(resumed.state));
    expect(Object.keys(state.children).sort()).toEqual(['A', 'B', 'C']);

    await resumed.rebuild();
    expect(JSON.parse(JSON.stringify(resumed.state))).toEqual(state);
    await resumed.stop();
  });

  it('the measures model fed live gives the report a replay of every stored event gives', async () => {
    const runner = new ReadModelRunner(store, measuresReadModel, checkpoints);
    await runner.start();
    await runner.whenCaughtUp();
    await record('A', journey('A', '2022-01-10'));
    const { position } = await record('B', [
      ...journey('B', '2021-05-01'),
      { type: 'EndCare', data: { effectiveDate: '2023-09-01', reason: 'E4A' } },
    ]);
    await runner.waitFor(position, 5_000);

    const byStream = new Map<string, LedgerEventRecord[]>();
    for await (const event of store.readAll()) {
      const r = toLedgerEventRecord(event)!;
      byStream.set(r.streamName, [...(byStream.get(r.streamName) ?? []), r]);
    }
    const window = { from: '2023-04-01', to: '2024-03-31' };
    const replayed = computeReport(
      [...byStream.values()].map((records) => buildTimeline(records)),
      window,
    );
    expect(runner.state.report(window)).toEqual(replayed);
    expect(replayed.snapshot.childrenLookedAfter).toBe(1);
    expect(replayed.stability.movesByReason.CARPL).toBe(2);
    await runner.stop();
    expect(await checkpoints.load('measures')).toBeUndefined(); // kept only in memory
  });
});
