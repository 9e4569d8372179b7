import {
  type AppendResult,
  type AppendStreamsOptions,
  DuplicateEventIdError,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type StoreStats,
  type StreamWrite,
  type StreamWriteOutcome,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '@ledger/event-store';
import { canonicalJson, canonicalString } from './canonical-json';
import {
  CHAIN_KEY,
  chainLinkOf,
  effectiveDateOf,
  eventHash,
  genesisHash,
  hashInput,
  sha256Hex,
} from './event-hash';
import { SqliteHeads } from './sqlite-heads';
import { storedForm } from './stored-form';

/** The stream's last event as the chain sees it: its revision (-1 when none) and hash. */
export interface ChainHead {
  readonly revision: bigint;
  readonly hash: string;
}

/** How often an append with `any` or `stream_exists` is retried when another writer got in first. */
const RACE_RETRIES = 5;

/** How many streams' last-read heads are kept (the oldest goes first). */
const SEEN_STREAMS = 10_000;

/**
 * The hash chain, as a decorator over the event-store port: every event appended through it,
 * by any writer, carries in its metadata the SHA-256 of its canonical form chained to the
 * previous event of its stream (see `event-hash.ts`). Reads pass through unchanged. Events
 * written before the chain existed keep no hash of their own: the first event appended after
 * them chains to the hash their content gives when read, so the chain covers them from then on.
 */
export class ChainedEventStore implements EventStore {
  /** The append in progress per stream: this process's appends to one stream take turns. */
  private readonly turns = new Map<string, Promise<unknown>>();
  /**
   * The hash of the furthest event this process has read of each recent stream, as stored: a
   * command reads its stream and then appends at its last revision, so the head is known without
   * reading it again. Only what was read is kept, never what an append was about to write (a
   * repeated append keeps the first one's events, whose hashes may differ).
   */
  private readonly seen = new Map<string, ChainHead>();

  /**
   * The SQLite file's heads read directly (see `SqliteHeads`), opened at the first append that
   * needs one; null when the store is not a file this process can read that way.
   */
  private heads: SqliteHeads | null | undefined;

  constructor(private readonly inner: EventStore) {}

  /** The adapter's own descriptive properties (its file, whether opening created it), passed through. */
  get file(): string | undefined {
    return (this.inner as { file?: string }).file;
  }

  get created(): boolean | undefined {
    return (this.inner as { created?: boolean }).created;
  }

  appendToStream(
    stream: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) return this.inner.appendToStream(stream, events, options);
    const before = this.turns.get(stream) ?? Promise.resolve();
    const mine = before.then(
      () => this.chainAndAppend(stream, events, options.expectedRevision),
      () => this.chainAndAppend(stream, events, options.expectedRevision),
    );
    const settled = mine.catch(() => undefined);
    this.turns.set(stream, settled);
    void settled.then(() => {
      if (this.turns.get(stream) === settled) this.turns.delete(stream);
    });
    return mine;
  }

  private async chainAndAppend(
    stream: string,
    events: readonly EventToAppend[],
    asked: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 0; ; attempt++) {
      const head = await this.headFor(stream, asked);
      const expectedRevision = concrete(asked, head);
      try {
        return await this.inner.appendToStream(stream, chainEvents(stream, head, events), {
          expectedRevision,
        });
      } catch (error) {
        const raced = error instanceof WrongExpectedRevisionError && expectedRevision !== asked;
        if (!raced || attempt >= RACE_RETRIES) throw error;
      }
    }
  }

  /**
   * The multi-stream append (group commit), chained the same way: each write links to its
   * stream's head, or to the write before it in the batch for the same stream, and the whole
   * batch takes its turn on every stream it writes. A write that asked `any` or
   * `stream_exists` and lost a race to another process is chained again and appended alone.
   */
  appendStreams(
    writes: readonly StreamWrite[],
    options?: AppendStreamsOptions,
  ): Promise<StreamWriteOutcome[]> {
    const streams = [...new Set(writes.filter((w) => w.events.length > 0).map((w) => w.stream))];
    const before = Promise.all(streams.map((s) => this.turns.get(s) ?? Promise.resolve()));
    const mine = before.then(() => this.chainAndAppendStreams(writes, options));
    const settled = mine.catch(() => undefined);
    for (const stream of streams) {
      this.turns.set(stream, settled);
      void settled.then(() => {
        if (this.turns.get(stream) === settled) this.turns.delete(stream);
      });
    }
    return mine;
  }

  private async chainAndAppendStreams(
    writes: readonly StreamWrite[],
    options?: AppendStreamsOptions,
  ): Promise<StreamWriteOutcome[]> {
    const predicted = new Map<string, ChainHead>();
    const chained: StreamWrite[] = [];
    for (const write of writes) {
      if (write.events.length === 0) {
        chained.push(write);
        continue;
      }
      const asked = write.expectedRevision;
      const prior = predicted.get(write.stream);
      const head =
        prior && asked !== 'no_stream' && (typeof asked !== 'bigint' || asked === prior.revision)
          ? prior
          : await this.headFor(write.stream, asked);
      const events = chainEvents(write.stream, head, write.events);
      const last = chainLinkOf(events[events.length - 1].metadata)!;
      predicted.set(write.stream, { revision: head.revision + BigInt(events.length), hash: last.hash });
      chained.push({ stream: write.stream, expectedRevision: concrete(asked, head), events });
    }
    const outcomes = await this.inner.appendStreams(chained, options);
    return Promise.all(
      outcomes.map(async (outcome, i) => {
        const write = writes[i];
        const raced =
          !outcome.ok &&
          outcome.error instanceof WrongExpectedRevisionError &&
          chained[i].expectedRevision !== write.expectedRevision;
        if (!raced) return outcome;
        try {
          const result = await this.chainAndAppend(write.stream, write.events, write.expectedRevision);
          return { ok: true as const, stream: write.stream, result };
        } catch (error) {
          if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError)
            return { ok: false as const, stream: write.stream, error };
          throw error;
        }
      }),
    );
  }

  /** Passes the stream through, remembering the link of the furthest event read (see {@link seen}). */
  async *readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    let furthest: RecordedEvent | undefined;
    for await (const event of this.inner.readStream(stream, options)) {
      if (!furthest || event.revision > furthest.revision) furthest = event;
      yield event;
    }
    const link = furthest && chainLinkOf(furthest.metadata);
    if (furthest && link) this.remember(stream, { revision: furthest.revision, hash: link.hash });
  }

  streamRevision(stream: string): Promise<bigint | 'no_stream'> {
    return this.inner.streamRevision(stream);
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options?: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll(options);
  }

  stats(): Promise<StoreStats> {
    return this.inner.stats();
  }

  close(): Promise<void> {
    this.heads?.close();
    this.heads = undefined;
    return this.inner.close();
  }

  private remember(stream: string, head: ChainHead): void {
    const known = this.seen.get(stream);
    if (known && known.revision >= head.revision) return;
    this.seen.delete(stream);
    this.seen.set(stream, head);
    if (this.seen.size > SEEN_STREAMS) this.seen.delete(this.seen.keys().next().value!);
  }

  /** The head the new events chain to: the event at the expected revision, or the stream's last. */
  private async headFor(stream: string, expected: ExpectedRevision): Promise<ChainHead> {
    if (expected === 'no_stream') return { revision: -1n, hash: genesisHash(stream) };
    const known = this.seen.get(stream);
    if (typeof expected === 'bigint' && known?.revision === expected) return known;
    if (this.heads === undefined) this.heads = SqliteHeads.open(this.file) ?? null;
    const direct = this.heads?.read(stream, typeof expected === 'bigint' ? expected : undefined);
    if (direct === null) return { revision: -1n, hash: genesisHash(stream) };
    if (direct) return { revision: direct.revision, hash: chainLinkOf(direct.metadata)!.hash };
    const read =
      typeof expected === 'bigint'
        ? this.inner.readStream(stream, { fromRevision: expected, maxCount: 1 })
        : this.inner.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
    for await (const last of read) {
      const link = chainLinkOf(last.metadata);
      return { revision: last.revision, hash: link ? link.hash : await this.unchainedHash(last) };
    }
    // No such event: the store refuses the append (wrong expected revision) or the stream is new.
    return { revision: -1n, hash: genesisHash(stream) };
  }

  /** The hash of an event written before the chain: its stream's hashes computed from the start. */
  private async unchainedHash(target: RecordedEvent): Promise<string> {
    let prev = genesisHash(target.streamName);
    for await (const event of this.inner.readStream(target.streamName, {
      maxCount: Number(target.revision) + 1,
    })) {
      const link = chainLinkOf(event.metadata);
      prev = link ? link.hash : eventHash(event, prev);
    }
    return prev;
  }
}

/**
 * `any` and `stream_exists` become the revision the chain was computed on, so that an append
 * squeezed in between cannot leave two events linked to the same predecessor.
 */
function concrete(asked: ExpectedRevision, head: ChainHead): ExpectedRevision {
  if (typeof asked === 'bigint' || asked === 'no_stream') return asked;
  if (head.revision >= 0n) return head.revision;
  return asked === 'any' ? 'no_stream' : asked;
}

/**
 * The metadata with the link in it, as the chain hashes and stores it: a plain object's own
 * properties (what the store keeps of them) with `chain` set; anything else is kept first
 * (what `JSON.stringify` then `JSON.parse` give) and, unless an object, wrapped as `{ value }`.
 */
function withLink(metadata: unknown, link: object): Record<string, unknown> {
  const prototype =
    typeof metadata === 'object' && metadata !== null
      ? (Object.getPrototypeOf(metadata) as unknown)
      : undefined;
  if (
    !Array.isArray(metadata) &&
    (prototype === Object.prototype || prototype === null) &&
    typeof (metadata as { toJSON?: unknown }).toJSON !== 'function'
  )
    return { ...(metadata as Record<string, unknown>), [CHAIN_KEY]: link };
  const stored = storedForm(metadata).value;
  const base =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : { value: stored };
  return { ...base, [CHAIN_KEY]: link };
}

/**
 * The events with their links, each chained to the one before it. Each part is serialised
 * once, canonically: that text is what is hashed (joined by {@link hashInput}), and the
 * values handed to the store are copies in canonical key order, so that the store keeps the
 * same text and `verify` can hash what it reads without parsing it.
 */
export function chainEvents(
  stream: string,
  head: ChainHead,
  events: readonly EventToAppend[],
): EventToAppend[] {
  let prev = head.hash;
  let revision = head.revision;
  // hashInput writes the names with JSON.stringify; RFC 8785 also refuses a lone surrogate.
  canonicalString(stream);
  return events.map((event) => {
    revision += 1n;
    canonicalString(event.id);
    canonicalString(event.type);
    const data = storedForm(event.data);
    // The metadata is hashed with the link but without its hash (see event-hash.ts).
    const unsigned = storedForm(withLink(event.metadata, { prev, revision: Number(revision) }));
    const metadata = unsigned.value as Record<string, unknown>;
    const hash = sha256Hex(
      hashInput({
        data: data.text,
        effectiveDate: canonicalJson(effectiveDateOf(data.value)),
        id: event.id,
        type: event.type,
        stream,
        revision: revision.toString(),
        metadata: unsigned.text,
        prev,
      }),
    );
    // Replacing the value keeps the key's place, and `hash` comes first in the link's own keys:
    // the store writes the canonical text of the metadata with the hash.
    metadata[CHAIN_KEY] = { hash, prev, revision: Number(revision) };
    prev = hash;
    return { id: event.id, type: event.type, data: data.value, metadata };
  });
}
