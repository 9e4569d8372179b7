import type { EventStore, StreamWrite, StreamWriteOutcome } from '@ledger/event-store';

interface Pending {
  readonly write: StreamWrite;
  resolve(outcome: StreamWriteOutcome): void;
  reject(error: unknown): void;
}

/** Writes one flush may carry: a bound on the transaction's size and on a caller's wait. */
const MAX_BATCH = 512;

/**
 * Group commit for commands: appends asked for while the store is busy (or in the same turn of
 * the event loop: the first waits only for `setImmediate`, so that the requests read in that turn
 * join it, never for a timer) go to the store together, in one `appendStreams` (one SQLite transaction, one
 * flush to disk), so a second client does not wait for the first one's fsync. Each caller gets
 * its own write's outcome once the batch is durable: nothing is answered before that.
 *
 * A batch the store rejects whole (it failed, or a write could not be serialised) is sent again
 * write by write, so one bad write fails only its own caller.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;

  constructor(private readonly store: EventStore) {}

  /** Queues one stream's write; resolves with its outcome when the batch holding it is durable. */
  append(write: StreamWrite): Promise<StreamWriteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      this.schedule();
    });
  }

  /** Flushes after the current turn, so that the writes of requests read in this turn join. */
  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.queue.slice(0, MAX_BATCH);
    this.queue = this.queue.slice(batch.length);
    try {
      await this.send(batch);
    } finally {
      this.flushing = false;
      // Writes that arrived during the flush go at once, together: no timer between flushes.
      if (this.queue.length > 0) void this.flush();
    }
  }

  private async send(batch: readonly Pending[]): Promise<void> {
    try {
      const outcomes = await this.store.appendStreams(batch.map((p) => p.write));
      batch.forEach((p, i) => p.resolve(outcomes[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const p of batch) await this.send([p]);
    }
  }
}
