import type { RecordedEvent, StoreStats } from '../event-store.port';

/**
 * The store's counts, kept by reading `$all`. EventStoreDB has no count of events or streams,
 * so the first call reads the whole log (O(events)); later calls read only what was appended
 * since, from the last position counted. The tally holds the names of the streams seen
 * (O(streams) memory). System events are not counted; deleted streams would still be.
 */
export class EsdbStatsTally {
  private position: bigint | null = null;
  private events = 0n;
  private readonly streams = new Set<string>();
  /** Calls run one after the other, so that no event is counted twice. */
  private queue: Promise<unknown> = Promise.resolve();

  /** @param readFrom - the log without system events, from a position (inclusive) or the start */
  constructor(private readonly readFrom: (position: bigint | 'start') => AsyncIterable<RecordedEvent>) {}

  current(): Promise<StoreStats> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async catchUp(): Promise<StoreStats> {
    const counted = this.position;
    for await (const event of this.readFrom(counted ?? 'start')) {
      if (counted !== null && event.position <= counted) continue;
      this.events += 1n;
      this.streams.add(event.streamName);
      this.position = event.position;
    }
    return { position: this.position, events: this.events, streams: BigInt(this.streams.size) };
  }
}
