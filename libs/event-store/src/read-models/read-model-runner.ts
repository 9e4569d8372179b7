import type { EventStore, RecordedEvent, Subscription } from '../event-store.port';
import { type Backoff, exponentialBackoff } from './backoff';
import type { CheckpointStore } from './checkpoint-store.port';
import { Deferred } from './deferred';
import { PositionWaiters } from './position-waiters';
import type { ReadModel } from './read-model';
import { ReadModelFailedError, ReadModelStoppedError } from './read-model.errors';

export interface ReadModelRunnerOptions {
  /** Save a checkpoint after this many events. @defaultValue 1000 */
  readonly checkpointEvery?: number;
  /** …or once this long has passed since the last save, at the next event. @defaultValue 5000 */
  readonly checkpointAfterMs?: number;
  /** Delay before the n-th consecutive resubscription. @defaultValue {@link exponentialBackoff}() */
  readonly backoff?: Backoff;
  /** Hears each dropped subscription before the runner resubscribes (to log it). */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** @defaultValue Date.now */
  readonly now?: () => number;
}

export type ReadModelStatus = 'stopped' | 'catching_up' | 'live' | 'retrying' | 'failed';

/**
 * Keeps one read model up to date from the catch-up subscription: it loads the model's
 * checkpoint, folds every later event in, saves position and state together every so
 * often and on stop, and resubscribes with backoff when the subscription drops (the
 * store's client never does). An error in the model's own `apply` stops it for good.
 */
export class ReadModelRunner<S> {
  private current: S;
  private applied: bigint | null = null;
  private saved: bigint | null = null;
  private sinceSave = 0;
  private lastSaveAt = 0;
  private loop: Promise<void> | undefined;
  private subscription: Subscription | undefined;
  private stopping = false;
  private sleeping: Deferred | undefined;
  private caughtUp = new Deferred();
  private readonly waiters: PositionWaiters;
  private readonly version: number;
  private readonly backoff: Backoff;
  private readonly now: () => number;
  status: ReadModelStatus = 'stopped';
  /** The last error that dropped the subscription, kept until the next one. */
  lastError: unknown;
  failure: ReadModelFailedError | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly model: ReadModel<S>,
    private readonly checkpoints: CheckpointStore,
    private readonly options: ReadModelRunnerOptions = {},
  ) {
    this.current = model.initialState();
    this.waiters = new PositionWaiters(model.name);
    this.version = model.version ?? 1;
    this.backoff = options.backoff ?? exponentialBackoff();
    this.now = options.now ?? Date.now;
  }

  get name(): string {
    return this.model.name;
  }

  /** The state as of {@link position}. */
  get state(): S {
    return this.current;
  }

  /** Global position of the last event folded in, or null before the first. */
  get position(): bigint | null {
    return this.applied;
  }

  /** Loads the checkpoint and starts following the log; resolves before catching up. */
  async start(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.loop) return;
    const checkpoint = await this.checkpoints.load(this.model.name);
    if (checkpoint && checkpoint.version === this.version) {
      this.current = JSON.parse(checkpoint.state) as S;
      this.applied = this.saved = checkpoint.position;
    }
    this.stopping = false;
    this.lastSaveAt = this.now();
    this.caughtUp = new Deferred();
    this.loop = this.run();
  }

  /** Resolves when the runner has delivered everything that existed when it (re)started. */
  whenCaughtUp(): Promise<void> {
    return this.caughtUp.promise;
  }

  /**
   * Read-your-writes: resolves once the model has folded in the event at `position`
   * (an append's result), or rejects with ReadModelTimeoutError after `timeoutMs`.
   */
  waitFor(position: bigint, timeoutMs: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return this.waiters.wait(position, timeoutMs, () => this.applied);
  }

  /** Stops following the log and saves a last checkpoint; waiters are rejected. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    this.sleeping?.resolve();
    await this.subscription?.close();
    await this.loop;
    this.loop = undefined;
    this.status = this.failure ? 'failed' : 'stopped';
    this.waiters.abandon();
    this.caughtUp.reject(new ReadModelStoppedError(this.model.name));
    if (!this.failure) await this.saveIfDue(true);
  }

  /** Forgets the checkpoint and folds the whole log again; resolves once caught up. */
  async rebuild(): Promise<void> {
    await this.stop();
    await this.checkpoints.delete(this.model.name);
    this.current = this.model.initialState();
    this.applied = this.saved = null;
    this.sinceSave = 0;
    this.failure = undefined;
    await this.start();
    await this.whenCaughtUp();
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.stopping) {
      try {
        this.status = 'catching_up';
        this.subscription = this.store.subscribeToAll({ fromPosition: this.applied ?? 'start' });
        for await (const item of this.subscription) {
          if (this.stopping) return;
          attempt = 0;
          if (item.kind === 'event') this.fold(item.event);
          else this.markCaughtUp();
          await this.saveIfDue(item.kind === 'caughtUp');
        }
        if (this.stopping) return;
        throw new Error(`The subscription of read model ${this.model.name} ended by itself`);
      } catch (error) {
        if (error instanceof ReadModelFailedError) return this.fail(error);
        if (this.stopping) return;
        attempt += 1;
        await this.retryLater(error, attempt);
      } finally {
        await this.subscription?.close();
        this.subscription = undefined;
      }
    }
  }

  private fold(event: RecordedEvent): void {
    try {
      this.current = this.model.apply(this.current, event);
    } catch (cause) {
      throw new ReadModelFailedError(this.model.name, this.applied, { cause });
    }
    this.applied = event.position;
    this.sinceSave += 1;
    this.waiters.advanced(event.position);
  }

  private markCaughtUp(): void {
    this.status = 'live';
    this.caughtUp.resolve();
  }

  private async retryLater(error: unknown, attempt: number): Promise<void> {
    this.lastError = error;
    this.status = 'retrying';
    const delayMs = this.backoff(attempt);
    this.options.onRetry?.(error, attempt, delayMs);
    this.sleeping = new Deferred();
    const timer = setTimeout(() => this.sleeping?.resolve(), delayMs);
    await this.sleeping.promise;
    clearTimeout(timer);
  }

  private fail(error: ReadModelFailedError): void {
    this.failure = error;
    this.status = 'failed';
    this.waiters.abandon(error);
    this.caughtUp.reject(error);
  }

  /** Saves when there is something new and it is time (or `force`): position and state at once. */
  private async saveIfDue(force: boolean): Promise<void> {
    if (this.applied === null || this.applied === this.saved || this.model.persistent === false) return;
    const due =
      this.sinceSave >= (this.options.checkpointEvery ?? 1000) ||
      this.now() - this.lastSaveAt >= (this.options.checkpointAfterMs ?? 5000);
    if (!force && !due) return;
    let state: string;
    try {
      state = JSON.stringify(this.current);
    } catch (cause) {
      throw new ReadModelFailedError(this.model.name, this.applied, { cause });
    }
    const position = this.applied;
    await this.checkpoints.save(this.model.name, { position, version: this.version, state });
    this.saved = position;
    this.sinceSave = 0;
    this.lastSaveAt = this.now();
  }
}
