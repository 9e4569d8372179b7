/**
 * The in-memory transaction log behind the loopback wire server. It keeps EventStoreDB's
 * documented write semantics, ported from the server's commit check (IndexWriter.CheckCommit):
 * 0-based stream revisions, one global log whose positions grow by each record's size (so they are
 * not contiguous), optimistic concurrency, and idempotent retries recognised by event id.
 */
import { randomUUID } from 'node:crypto';

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export interface LogRecord extends ProposedEvent {
  readonly stream: string;
  readonly revision: bigint;
  /** Commit and prepare position: equal for events written outside explicit transactions. */
  readonly position: bigint;
  /** When the server wrote it, in 100 ns ticks since the Unix epoch, as the server sends `created`. */
  readonly created: bigint;
}

/** What the client expects of the stream: -1n is "no stream", as the server encodes it. */
export type Expectation = 'any' | 'stream_exists' | bigint;

export type WriteResult =
  | { readonly kind: 'written'; readonly lastRevision: bigint; readonly position: bigint | null }
  | { readonly kind: 'wrong_expected_version'; readonly currentRevision: bigint };

const NO_STREAM = -1n;
/** The real server's first user record follows its own start-up records. */
const FIRST_POSITION = 1_000n;
/** A record header's size on disk, roughly; only here to make positions irregular. */
const RECORD_OVERHEAD = 120n;
const TICKS_PER_MILLISECOND = 10_000n;

export class MemoryLog {
  private readonly records: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  /** The server's committed-events cache: event id to where it was written. */
  private readonly committed = new Map<string, LogRecord>();
  private readonly listeners = new Set<() => void>();
  private nextPosition = FIRST_POSITION;

  /**
   * @param byCategory - emulate the `$by_category` system projection: every event written to
   *   `category-rest` is followed by a `$>` link event in `$ce-category`, as on a server that runs it.
   */
  constructor(private readonly byCategory: boolean) {}

  get length(): number {
    return this.records.length;
  }

  at(index: number): LogRecord {
    const record = this.records[index];
    if (!record) throw new Error(`No record at index ${index} of the log`);
    return record;
  }

  /** Index of the first record whose position is at least `position`. */
  indexFrom(position: bigint): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.at(middle).position < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  stream(name: string): readonly LogRecord[] | undefined {
    return this.streams.get(name);
  }

  /** Calls `listener` after every write; returns the unsubscribe function. */
  onWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  append(stream: string, expected: Expectation, events: readonly ProposedEvent[]): WriteResult {
    const decision = this.check(stream, expected, events);
    if (decision.kind !== 'ok') return decision;
    const written = events.map((event) => this.write(stream, event));
    if (this.byCategory && !stream.startsWith('$')) this.linkToCategory(written);
    for (const listener of [...this.listeners]) listener();
    const last = written.at(-1);
    return last
      ? { kind: 'written', lastRevision: last.revision, position: last.position }
      : { kind: 'written', lastRevision: decision.currentRevision, position: null };
  }

  /** Writes a system event, as the server does on start-up (users, projections, settings). */
  appendSystemEvent(stream: string, type: string, data: string): void {
    this.write(stream, {
      id: randomUUID(),
      type,
      contentType: 'application/json',
      data: Buffer.from(data),
      customMetadata: new Uint8Array(),
    });
  }

  private check(
    stream: string,
    expected: Expectation,
    events: readonly ProposedEvent[],
  ): { kind: 'ok'; currentRevision: bigint } | WriteResult {
    const current = this.streams.get(stream)?.at(-1)?.revision ?? NO_STREAM;
    const wrong = { kind: 'wrong_expected_version', currentRevision: current } as const;
    if (expected === 'stream_exists' && current === NO_STREAM) return wrong;
    if (expected === 'any' || expected === 'stream_exists') {
      // Idempotent when every id is already in this stream; a partial match is "corrupted
      // idempotency", which the server answers as a wrong expected version.
      const known = events.map((event) => this.committed.get(event.id));
      const first = known[0];
      if (!first || first.stream !== stream) return { kind: 'ok', currentRevision: current };
      const last = known.at(-1);
      if (known.some((record) => record?.stream !== stream) || !last) return wrong;
      return { kind: 'written', lastRevision: last.revision, position: last.position };
    }
    if (expected < current) {
      // A retry of an append that expected this same revision: the ids must be the events that
      // follow it, in order.
      const existing = this.streams.get(stream) ?? [];
      const matches = events.every(
        (event, offset) => existing[Number(expected) + 1 + offset]?.id === event.id,
      );
      const last = existing[Number(expected) + events.length];
      if (!matches || events.length === 0 || !last) return wrong;
      return { kind: 'written', lastRevision: last.revision, position: last.position };
    }
    if (expected > current) return wrong;
    return { kind: 'ok', currentRevision: current };
  }

  private write(stream: string, event: ProposedEvent): LogRecord {
    const existing = this.streams.get(stream) ?? [];
    const record: LogRecord = {
      ...event,
      stream,
      revision: BigInt(existing.length),
      position: this.nextPosition,
      created: BigInt(Date.now()) * TICKS_PER_MILLISECOND,
    };
    this.nextPosition += RECORD_OVERHEAD + BigInt(event.data.length + event.customMetadata.length);
    existing.push(record);
    this.streams.set(stream, existing);
    this.records.push(record);
    this.committed.set(event.id, record);
    return record;
  }

  private linkToCategory(written: readonly LogRecord[]): void {
    for (const record of written) {
      const separator = record.stream.indexOf('-');
      if (separator <= 0) continue;
      this.write(`$ce-${record.stream.slice(0, separator)}`, {
        id: randomUUID(),
        type: '$>',
        contentType: 'application/octet-stream',
        data: Buffer.from(`${record.revision}@${record.stream}`),
        customMetadata: new Uint8Array(),
      });
    }
  }
}
