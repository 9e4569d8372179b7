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

/** One stream's part of a multi-stream append ({@link EventStore.appendStreams}). */
export interface StreamWrite {
  readonly stream: string;
  readonly expectedRevision: ExpectedRevision;
  readonly events: readonly EventToAppend[];
}

/**
 * What became of one {@link StreamWrite}: written (or recognised as a repeat) with the answer
 * {@link EventStore.appendToStream} would give, or refused whole with the error it would throw,
 * which names the stream ({@link WrongExpectedRevisionError} or {@link DuplicateEventIdError}).
 */
export type StreamWriteOutcome =
  | { readonly ok: true; readonly stream: string; readonly result: AppendResult }
  | { readonly ok: false; readonly stream: string; readonly error: Error & { readonly stream: string } };

export interface AppendStreamsOptions {
  /**
   * How long the whole batch may take (adapters that talk to a server): when it passes, the call
   * rejects with {@link StoreUnavailableError}; writes already sent may have landed, and sending
   * them again is a repeat. @defaultValue 30000
   */
  readonly deadlineMs?: number;
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

  /**
   * Appends to several streams at once (group commit): each write is all or nothing and is
   * checked against its own expected revision, exactly as {@link appendToStream} would check
   * it; a refused write leaves the others written. Writes to the same stream apply in the
   * order given. Answers one outcome per write, in the order given. Rejects only when the
   * store itself fails (then any of the writes may or may not have landed; they are
   * idempotent to send again). The SQLite adapter writes the whole batch in one transaction
   * (one flush to disk); the EventStoreDB adapter appends the streams concurrently, a bounded
   * number at once.
   */
  appendStreams(
    writes: readonly StreamWrite[],
    options?: AppendStreamsOptions,
  ): Promise<StreamWriteOutcome[]>;

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
