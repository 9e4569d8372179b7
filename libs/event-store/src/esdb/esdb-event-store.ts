import {
  BACKWARDS,
  END,
  type EventData,
  EventStoreDBClient,
  FORWARDS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
} from '@eventstore/db-client';
import { StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  AppendStreamsOptions,
  StreamWrite,
  StreamWriteOutcome,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreStats,
  Subscription,
  SubscribeOptions,
} from '../event-store.port';
import { type StreamEntry, answerEmptyAppend, assertDistinctIds, planAppend } from './esdb-append-plan';
import { appendStreamsConcurrently } from './esdb-append-streams';
import { toStoreError } from './esdb-errors';
import { isSystemEvent, toEventData, toReadPosition, toRecordedEvent } from './esdb-events';
import { onceMoreIfUnavailable, readOnceMoreIfUnavailable } from './esdb-retry';
import { EsdbStatsTally } from './esdb-stats';
import { EsdbSubscription } from './esdb-subscription';
import { checkMaxCount } from '../read-limits';

export interface EsdbEventStoreOptions {
  /**
   * `esdb://host:2113` for one node, `esdb+discover://host:2113` for a cluster found by gossip;
   * `?tls=false` for an insecure server.
   */
  readonly connectionString: string;
  /** Events the client buffers ahead of a subscription's consumer. @defaultValue 32 */
  readonly subscriptionBuffer?: number;
  /** Appends {@link EsdbEventStore.appendStreams} sends at once. @defaultValue 16 */
  readonly maxAppendsInFlight?: number;
}

/** How long a multi-stream append may take unless the caller says. */
const DEFAULT_APPEND_DEADLINE_MS = 30_000;

/**
 * The EventStoreDB adapter of the event-store port, on `@eventstore/db-client` 6.2.1 (kept behind
 * the port: its successor renames options). Streams, revisions and positions are the server's own;
 * global positions are commit positions, so they are not contiguous.
 *
 * Appends read the stream first (O(stream length)) to keep the port's id rules, which the server
 * keeps only in part; the server's own deduplication still covers a retry racing its original.
 * Ids used in another stream are not detected: the server has no index by event id.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EsdbSubscription>();
  private readonly tally = new EsdbStatsTally((from) => this.readAll({ fromPosition: from }));
  private readonly subscriptionBuffer: number;
  private readonly maxAppendsInFlight: number;
  private closed = false;

  constructor(options: EsdbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.subscriptionBuffer = options.subscriptionBuffer ?? 32;
    this.maxAppendsInFlight = options.maxAppendsInFlight ?? 16;
  }

  /** Each stream its own atomic append, sent concurrently: see {@link appendStreamsConcurrently}. */
  async appendStreams(
    writes: readonly StreamWrite[],
    options: AppendStreamsOptions = {},
  ): Promise<StreamWriteOutcome[]> {
    this.ensureOpen();
    for (const { stream } of writes)
      if (stream.length === 0) throw new RangeError('Stream name must not be empty');
    return appendStreamsConcurrently(
      writes,
      (stream, events, expectedRevision) => this.appendToStream(stream, events, { expectedRevision }),
      {
        maxInFlight: this.maxAppendsInFlight,
        deadlineMs: options.deadlineMs ?? DEFAULT_APPEND_DEADLINE_MS,
      },
    );
  }

  /** Reads the stream first (see the class comment); tried once more after a dropped connection. */
  async appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    this.ensureOpen();
    if (stream.length === 0) throw new RangeError('Stream name must not be empty');
    assertDistinctIds(stream, events);
    const eventData = events.map(toEventData);
    return onceMoreIfUnavailable(() => this.append(stream, events, eventData, options.expectedRevision));
  }

  private async append(
    stream: string,
    events: readonly EventToAppend[],
    eventData: EventData[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    if (events.length === 0) return answerEmptyAppend(stream, expected, await this.head(stream));
    const plan = planAppend(stream, events, expected, await this.entries(stream));
    if (plan.kind === 'repeat') return plan.result;
    try {
      const result = await this.client.appendToStream(stream, eventData, { expectedRevision: expected });
      const position = result.position?.commit ?? (await this.head(stream))?.position ?? -1n;
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new WrongExpectedRevisionError(stream, expected, error.actualVersion);
      }
      throw toStoreError(error, `append to ${stream}`);
    }
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    this.ensureOpen();
    const backwards = options.direction === 'backwards';
    const maxCount = checkMaxCount(options.maxCount, Number.MAX_SAFE_INTEGER);
    if (maxCount === 0) return;
    const open = () =>
      this.client.readStream(stream, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : 'start'),
        maxCount,
      });
    try {
      for await (const resolved of readOnceMoreIfUnavailable(open)) {
        if (resolved.event) yield toRecordedEvent(resolved.event);
      }
    } catch (error) {
      // A missing stream is an empty one for the port.
      if (error instanceof StreamNotFoundError) return;
      throw toStoreError(error, `read ${stream}`);
    }
  }

  async streamRevision(stream: string): Promise<bigint | 'no_stream'> {
    return (await this.head(stream))?.revision ?? 'no_stream';
  }

  /** Reads `$all` forwards; `maxCount` counts the events it yields, not the system events it skips. */
  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    this.ensureOpen();
    let remaining = checkMaxCount(options.maxCount, Number.MAX_SAFE_INTEGER);
    if (remaining === 0) return;
    const open = () =>
      this.client.readAll({ fromPosition: toReadPosition(options.fromPosition), direction: FORWARDS });
    try {
      for await (const { event } of readOnceMoreIfUnavailable(open)) {
        if (!event || isSystemEvent(event)) continue;
        yield toRecordedEvent(event);
        if (--remaining === 0) return;
      }
    } catch (error) {
      throw toStoreError(error, 'read $all');
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.ensureOpen();
    const head = this.lastPosition();
    head.catch(() => undefined); // Reported when the subscription is iterated.
    const subscription = new EsdbSubscription(
      {
        head,
        open: (from) =>
          this.client.subscribeToAll(
            { fromPosition: toReadPosition(from), filter: excludeSystemEvents() },
            { highWaterMark: this.subscriptionBuffer },
          ),
        released: (s) => this.subscriptions.delete(s),
      },
      options.fromPosition ?? 'start',
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** See {@link EsdbStatsTally} for what this costs. */
  stats(): Promise<StoreStats> {
    this.ensureOpen();
    return this.tally.current();
  }

  /** Ends the subscriptions, then disposes of the client. Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreUnavailableError('The EventStoreDB event store is closed');
  }

  /** The stream's last event, or undefined for a missing stream. */
  private async head(stream: string): Promise<StreamEntry | undefined> {
    for await (const event of this.readStream(stream, { direction: 'backwards', maxCount: 1 })) return event;
    return undefined;
  }

  private async entries(stream: string): Promise<StreamEntry[]> {
    const entries: StreamEntry[] = [];
    for await (const { id, revision, position } of this.readStream(stream))
      entries.push({ id, revision, position });
    return entries;
  }

  /** The position of the last event that is not a system event, read backwards from the end. */
  private async lastPosition(): Promise<bigint | null> {
    const open = () => this.client.readAll({ fromPosition: END, direction: BACKWARDS });
    try {
      for await (const { event } of readOnceMoreIfUnavailable(open)) {
        if (event && !isSystemEvent(event)) return event.position.commit;
      }
      return null;
    } catch (error) {
      throw toStoreError(error, 'read the end of $all');
    }
  }
}
