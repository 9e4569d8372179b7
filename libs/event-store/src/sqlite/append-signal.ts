/** A wait that ends at the next signal, after a delay, or when cancelled: whichever comes first. */
export interface PendingWait {
  readonly done: Promise<void>;
  cancel(): void;
}

/**
 * Wakes in-process subscribers as soon as an append commits. Appends made by another
 * process on the same file send no signal: the waits' delay is the polling interval
 * that finds them.
 */
export class AppendSignal {
  private readonly waiters = new Set<() => void>();

  /** Wakes every current waiter. */
  notify(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }

  /** Waits for the next {@link notify}, at most `ms` milliseconds. */
  wait(ms: number): PendingWait {
    let cancel!: () => void;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => cancel(), ms);
      cancel = () => {
        clearTimeout(timer);
        this.waiters.delete(cancel);
        resolve();
      };
      this.waiters.add(cancel);
    });
    return { done, cancel };
  }
}
