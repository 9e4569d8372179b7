/**
 * The one event-store port, with EventStoreDB's semantics, implemented by the embedded
 * SQLite adapter and the EventStoreDB adapter. Revisions and positions are `bigint`
 * everywhere behind the edge.
 */

/** What an append expects of the stream: optimistic concurrency. */
export type ExpectedRevision =
  /** The stream must not exist yet. */
  | 'no_stream'
  /** Any state, no check. */
  | 'any'
  /** The stream must exist, at any revision. */
  | 'stream_exists'
  /** The stream's last event must have this 0-based revision. */
  | bigint;

/** An event to append. `id` is a UUID; appending the same ids again is idempotent. */
export interface EventToAppend {
  readonly id: string;
  readonly type: string;
  /** JSON-serialisable payload. */
  readonly data: unknown;
  /** JSON-serialisable metadata. */
  readonly metadata: unknown;
}

export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly streamName: string;
  /** 0-based position of the event in its stream. */
  readonly revision: bigint;
  /** Position in the whole log: strictly increasing in append order, not necessarily contiguous. */
  readonly position: bigint;
  readonly data: unknown;
  readonly metadata: unknown;
  /** When the store wrote the event. */
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last appended event. */
  readonly position: bigint;
}

export interface ReadStreamOptions {
  /** @defaultValue 'forwards' */
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. @defaultValue 'start' forwards, 'end' backwards */
  readonly fromRevision?: bigint | 'start' | 'end';
  /** @defaultValue no limit */
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Inclusive global position. @defaultValue 'start' */
  readonly fromPosition?: bigint | 'start';
  /** @defaultValue no limit */
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive: the subscription delivers events after this position. @defaultValue 'start' */
  readonly fromPosition?: bigint | 'start';
}

/** The event or a marker that the subscription has delivered everything that existed when it started. */
export type SubscriptionItem =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  | { readonly kind: 'caughtUp'; readonly position: bigint | null };

/**
 * A catch-up subscription to the whole log (system events excluded), consumed with
 * `for await`: it delivers in order, pulls one item at a time (backpressure), and
 * ends with an error if the connection drops. Resubscribing is the caller's job.
 */
export interface Subscription extends AsyncIterable<SubscriptionItem> {
  close(): Promise<void>;
}

export interface StoreStats {
  /** Global position of the last event, or null for an empty store. */
  readonly position: bigint | null;
  readonly events: bigint;
  readonly streams: bigint;
}

export interface EventStore {
  /**
   * Appends all events or none. Throws {@link WrongExpectedRevisionError} when the
   * stream is not as expected. Appending ids that are already the stream's events at
   * consecutive revisions consistent with the expected revision is a repeat: a no-op that
   * answers as the first append did. Any other overlap of ids with the stream throws
   * {@link DuplicateEventIdError}. An empty batch checks the expected revision and answers
   * the stream's current revision and last position (`-1n` for both when it does not exist).
   */
  appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;

  /** Reads a stream; a stream that does not exist yields nothing. */
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;

  /** The revision of the stream's last event, or 'no_stream'. */
  streamRevision(stream: string): Promise<bigint | 'no_stream'>;

  /** Reads the whole log forwards in global order, system events excluded. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;

  /** A catch-up subscription to the whole log. */
  subscribeToAll(options?: SubscribeOptions): Subscription;

  /** Counts for the ledger's status. */
  stats(): Promise<StoreStats>;

  /** Releases connections and file handles. */
  close(): Promise<void>;
}
