import {
  type CheckpointStore,
  type EventStore,
  ReadModelRunner,
  type ReadModel,
  SqliteCheckpointStore,
} from '@ledger/event-store';
import { type MeasuresReadModel } from '@ledger/projections';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { LEDGER_CONFIG } from '../config/config.provider';
import { type LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from '../store/event-store.provider';
import { type ChildIndexState, childIndexReadModel } from './child-index.read-model';
import { measuresReadModel } from './measures.read-model';

/**
 * Runs the ledger's read models on the catch-up subscription, started on first use (the
 * API warms them at start-up). Reads wait until a model has reached the log's head as it
 * was when the read began: every write acknowledged before the read is in its answer.
 */
@Injectable()
export class ReadModelsService {
  private readonly logger = new Logger('ReadModels');
  private checkpoints: CheckpointStore | undefined;
  private readonly runners = new Map<string, ReadModelRunner<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  /** The measures model, caught up with every write made before this call. */
  measures(): Promise<MeasuresReadModel> {
    return this.current(measuresReadModel);
  }

  childIndex(): Promise<ChildIndexState> {
    return this.current(childIndexReadModel);
  }

  /** Starts every read model and waits until each has caught up. */
  async warm(): Promise<void> {
    const models: ReadModel<unknown>[] = [measuresReadModel, childIndexReadModel];
    await Promise.all(models.map(async (model) => (await this.runnerFor(model)).whenCaughtUp()));
  }

  private async current<S>(model: ReadModel<S>): Promise<S> {
    const runner = await this.runnerFor(model);
    // Waiting for the head also covers a model still catching up after start-up, within the
    // same time limit (503 READ_MODEL.TIMEOUT rather than a request that hangs).
    const head = (await this.store.stats()).position;
    if (head !== null) await runner.waitFor(head, this.config.readYourWritesTimeoutMs);
    return runner.state;
  }

  private async runnerFor<S>(model: ReadModel<S>): Promise<ReadModelRunner<S>> {
    let runner = this.runners.get(model.name) as ReadModelRunner<S> | undefined;
    if (!runner) {
      // A read-only ledger is never written: its read models keep their checkpoints in memory.
      this.checkpoints ??= new SqliteCheckpointStore({
        file: this.config.readOnly ? ':memory:' : this.config.readModelsFile,
      });
      runner = new ReadModelRunner(this.store, model, this.checkpoints, {
        checkpointEvery: 20_000,
        checkpointAfterMs: 10_000,
        onRetry: (error, attempt, delayMs) =>
          this.logger.warn(
            `${model.name}: subscription dropped (${String(error)}); retry ${attempt} in ${delayMs} ms`,
          ),
      });
      this.runners.set(model.name, runner);
      await runner.start();
    }
    return runner;
  }

  /** Stops every runner (saving checkpoints); called before the store closes. */
  async stop(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.stop()));
    this.runners.clear();
    await this.checkpoints?.close();
  }
}
