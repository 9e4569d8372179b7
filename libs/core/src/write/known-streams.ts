import { type ChildState } from '@ledger/domain';
import type { EventStore, EventToAppend } from '@ledger/event-store';
import { foldChildStream, readChildStream, type StoredChildEvent, toStoredChildEvent } from './stream-events';

/** A child's stream as this process knows it: its events up to `revision`, and their fold. */
export interface KnownStream {
  /** The revision of the last event; -1 for a stream that does not exist. */
  readonly revision: bigint;
  readonly stored: readonly StoredChildEvent[];
  readonly state: ChildState;
}

/** How many children's streams are kept (the least recently used goes first). */
const KEPT_STREAMS = 10_000;

const EMPTY: KnownStream = { revision: -1n, stored: [], state: foldChildStream([]) };

/** What the store gives back of a value it was given: `JSON.stringify` drops undefined members. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;

/**
 * The streams of the children this process has recently decided for, validated by revision:
 * before a decision the stream's last event is read (one event, whatever the stream's length);
 * when its revision is the one known, the events and state known are the stream's, exactly;
 * when the stream has grown (another writer, another process), only the new events are read.
 * So a command reads its child's whole stream once, not every time, and never decides on a
 * stream older than the store's. Nothing here outlives the process, and nothing is trusted
 * without that check.
 */
export class KnownStreams {
  private readonly known = new Map<string, KnownStream>();

  constructor(private readonly store: EventStore) {}

  /**
   * The stream as it is in the store now. Its last event is what is asked (one read of one
   * event), not only its revision: the same read tells the hash chain the head the next append
   * links to (`audit/chain/chained-event-store.ts` remembers what passes through it), so the
   * append needs no read of its own.
   */
  async current(streamName: string): Promise<KnownStream> {
    const revision = await this.lastRevision(streamName);
    if (revision === 'no_stream') {
      this.known.delete(streamName);
      return EMPTY;
    }
    const known = this.known.get(streamName);
    if (known && known.revision === revision) {
      this.touch(streamName, known);
      return known;
    }
    if (known && known.revision < revision) {
      const tail = await readChildStream(this.store, streamName, undefined, known.revision + 1n);
      return this.keep(streamName, [...known.stored, ...tail]);
    }
    return this.keep(streamName, await readChildStream(this.store, streamName));
  }

  /**
   * Adds the events a decision appended (durably: called after the append's outcome), as a read
   * would give them back, when they follow on from what was known; otherwise forgets the stream,
   * to be read again next time. Their metadata is the decision's, without the store's additions
   * (the hash chain's link): a decision reads only the command id and hash of earlier events.
   */
  appended(
    streamName: string,
    base: KnownStream,
    events: readonly EventToAppend[],
    written: readonly { readonly revision: bigint; readonly position: bigint }[],
  ): void {
    const follows =
      events.length > 0 &&
      written.length === events.length &&
      written.every((w, i) => w.revision === base.revision + 1n + BigInt(i));
    const now = this.known.get(streamName);
    if (!follows || (now && now.revision > base.revision)) {
      if (!follows) this.known.delete(streamName);
      return;
    }
    const added = events.map((event, i) =>
      toStoredChildEvent({
        id: event.id,
        type: event.type,
        streamName,
        revision: written[i].revision,
        position: written[i].position,
        data: asStored(event.data),
        metadata: asStored(event.metadata),
        recordedAt: new Date(0),
      }),
    );
    this.keep(streamName, [...base.stored, ...added]);
  }

  private async lastRevision(streamName: string): Promise<bigint | 'no_stream'> {
    const last = this.store.readStream(streamName, {
      direction: 'backwards',
      fromRevision: 'end',
      maxCount: 1,
    });
    let revision: bigint | 'no_stream' = 'no_stream';
    for await (const event of last) revision = event.revision;
    return revision;
  }

  private keep(streamName: string, stored: readonly StoredChildEvent[]): KnownStream {
    if (stored.length === 0) return EMPTY;
    const known: KnownStream = {
      revision: stored[stored.length - 1].revision,
      stored,
      state: foldChildStream(stored),
    };
    this.touch(streamName, known);
    if (this.known.size > KEPT_STREAMS) this.known.delete(this.known.keys().next().value!);
    return known;
  }

  private touch(streamName: string, known: KnownStream): void {
    this.known.delete(streamName);
    this.known.set(streamName, known);
  }
}
