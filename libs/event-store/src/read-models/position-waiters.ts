import { ReadModelStoppedError, ReadModelTimeoutError } from './read-model.errors';

interface Waiter {
  readonly wanted: bigint;
  resolve(): void;
  reject(error: Error): void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The callers waiting for a read model to reach a position (read-your-writes): each is
 * released as soon as the model passes its position, or rejected when its time runs out.
 */
export class PositionWaiters {
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly model: string) {}

  /** Resolves once `reached()` is at or past `wanted`, checked now and at each {@link advanced}. */
  wait(wanted: bigint, timeoutMs: number, reached: () => bigint | null): Promise<void> {
    const now = reached();
    if (now !== null && now >= wanted) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        wanted,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new ReadModelTimeoutError(this.model, wanted, reached(), timeoutMs));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Releases the waiters whose position has been reached. */
  advanced(position: bigint): void {
    for (const waiter of this.waiters) {
      if (waiter.wanted <= position) this.settle(waiter).resolve();
    }
  }

  /** Rejects every waiter: the model will not get there (stopped, rebuilding or failed). */
  abandon(reason?: Error): void {
    for (const waiter of this.waiters) {
      this.settle(waiter).reject(reason ?? new ReadModelStoppedError(this.model, waiter.wanted));
    }
  }

  get size(): number {
    return this.waiters.size;
  }

  private settle(waiter: Waiter): Waiter {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    return waiter;
  }
}
