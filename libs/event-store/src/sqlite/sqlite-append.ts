import type Database from 'better-sqlite3';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  StreamWrite,
  StreamWriteOutcome,
} from '../event-store.port';
import { isDuplicateEventIdViolation } from './sqlite-errors';
import type { SqliteStatements, StreamRow } from './sqlite-statements';

/** Appends a batch to a stream synchronously, all or nothing. */
export type SqliteAppend = (
  stream: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
) => AppendResult;

/** Appends to several streams in one transaction, each write all or nothing (a savepoint each). */
export type SqliteAppendStreams = (writes: readonly StreamWrite[]) => StreamWriteOutcome[];

/** What an empty batch answers for a stream that does not exist. */
const NONE = -1n;

function expectationHolds(expected: ExpectedRevision, head: StreamRow | undefined): boolean {
  return (
    expected === 'any' ||
    (expected === 'no_stream' && !head) ||
    (expected === 'stream_exists' && !!head) ||
    (typeof expected === 'bigint' && !!head && head.revision === expected)
  );
}

function checkExpected(stream: string, expected: ExpectedRevision, head: StreamRow | undefined): void {
  if (!expectationHolds(expected, head))
    throw new WrongExpectedRevisionError(stream, expected, head ? head.revision : 'no_stream');
}

/** Thrown inside the fast batch when a write needs rolling back alone: the batch runs again with savepoints. */
class SavepointsNeeded extends Error {}

function toJson(value: unknown, eventId: string, field: string): string {
  try {
    return JSON.stringify(value ?? null);
  } catch (error) {
    throw new TypeError(`Event ${eventId}: ${field} is not JSON-serialisable`, { cause: error });
  }
}

/** What an append of no events answers: the stream's head as it is. */
function headResult(head: StreamRow | undefined): AppendResult {
  return { nextExpectedRevision: head?.revision ?? NONE, position: head?.position ?? NONE };
}

function assertDistinctIds(stream: string, events: readonly EventToAppend[]): void {
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new DuplicateEventIdError(stream, id);
    seen.add(id);
  }
}

/**
 * Builds the append path: one IMMEDIATE transaction per append (the write lock is taken
 * before the expected revision is read, so the check and the write cannot be split by
 * another connection), prepared statements, and no id look-ups unless something failed.
 */
export function createSqliteAppend(
  db: Database.Database,
  statements: SqliteStatements,
  clock: () => Date,
): { append: SqliteAppend; appendStreams: SqliteAppendStreams } {
  const { streamHead, insertEvent, upsertStream, eventById } = statements;

  /** Inserts a write's rows after the stream's head, and moves the head: the one row loop of both paths. */
  function insertRows(
    stream: string,
    events: readonly EventToAppend[],
    head: StreamRow | undefined,
  ): AppendResult {
    const recordedAt = clock().toISOString();
    let revision = head ? head.revision : NONE;
    let position = NONE;
    for (const event of events) {
      revision += 1n;
      const data = toJson(event.data, event.id, 'data');
      const metadata = toJson(event.metadata, event.id, 'metadata');
      position = insertEvent.run(event.id, stream, revision, event.type, data, metadata, recordedAt)
        .lastInsertRowid as bigint;
    }
    upsertStream.run(stream, revision, position);
    return { nextExpectedRevision: revision, position };
  }

  const write = db.transaction(
    (stream: string, events: readonly EventToAppend[], expected: ExpectedRevision): AppendResult => {
      const head = streamHead.get(stream);
      checkExpected(stream, expected, head);
      return events.length === 0 ? headResult(head) : insertRows(stream, events, head);
    },
  );

  /**
   * The original answer when `events` are exactly the stream's events at consecutive
   * revisions, written by an append with a compatible expectation (a retried append).
   */
  function repeatOf(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): AppendResult | undefined {
    const found = events.map((event) => eventById.get(event.id));
    const first = found[0];
    if (!first || first.stream_name !== stream) return undefined;
    const exact = found.every(
      (row, i) =>
        row && row.stream_name === stream && row.stream_revision === first.stream_revision + BigInt(i),
    );
    const compatible =
      expected === 'any' ||
      expected === 'stream_exists' ||
      (expected === 'no_stream' && first.stream_revision === 0n) ||
      (typeof expected === 'bigint' && first.stream_revision === expected + 1n);
    const last = found[found.length - 1];
    return exact && compatible && last
      ? { nextExpectedRevision: last.stream_revision, position: last.position }
      : undefined;
  }

  /**
   * One stream's append: `write` runs as a transaction of its own, or as a savepoint when called
   * inside the batch's transaction, so a refused write is rolled back alone.
   */
  function appendOne(
    stream: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    nested: boolean,
  ): AppendResult {
    assertDistinctIds(stream, events);
    try {
      return nested ? write(stream, events, expected) : write.immediate(stream, events, expected);
    } catch (error) {
      if (events.length === 0) throw error;
      if (error instanceof WrongExpectedRevisionError) {
        const repeat = repeatOf(stream, events, expected);
        if (repeat) return repeat;
        throw error;
      }
      if (isDuplicateEventIdViolation(error)) {
        const repeat = repeatOf(stream, events, expected);
        if (repeat) return repeat;
        const existing = events.find((event) => eventById.get(event.id)) ?? events[0];
        throw new DuplicateEventIdError(stream, existing.id);
      }
      throw error;
    }
  }

  /**
   * The batch's usual case, without a savepoint per write: a write's expected revision is checked
   * (and a repeat recognised) before any of its rows is inserted, so a refused write has written
   * nothing to roll back. Only a duplicate id found by an insert, after some of the write's rows,
   * needs one: that rolls the whole batch back (a {@link SavepointsNeeded}), to run again with
   * `batch` below, where each write is its own savepoint.
   */
  const fastBatch = db.transaction((writes: readonly StreamWrite[]): StreamWriteOutcome[] => {
    const outcomes: StreamWriteOutcome[] = [];
    for (const { stream, events, expectedRevision: expected } of writes) {
      if (stream.length === 0) throw new RangeError('Stream name must not be empty');
      try {
        if (events.length > 1) assertDistinctIds(stream, events);
        const head = streamHead.get(stream);
        if (!expectationHolds(expected, head)) {
          const repeat = events.length > 0 ? repeatOf(stream, events, expected) : undefined;
          if (!repeat) checkExpected(stream, expected, head);
          outcomes.push({ ok: true, stream, result: repeat! });
          continue;
        }
        if (events.length === 0) {
          outcomes.push({ ok: true, stream, result: headResult(head) });
          continue;
        }
        outcomes.push({ ok: true, stream, result: insertAll(stream, events, head) });
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) {
          outcomes.push({ ok: false, stream, error });
        } else throw error;
      }
    }
    return outcomes;
  });

  /** {@link insertRows} inside the fast batch: a duplicate id stops it, to run again with savepoints. */
  function insertAll(
    stream: string,
    events: readonly EventToAppend[],
    head: StreamRow | undefined,
  ): AppendResult {
    try {
      return insertRows(stream, events, head);
    } catch (error) {
      if (isDuplicateEventIdViolation(error)) throw new SavepointsNeeded();
      throw error;
    }
  }

  // One IMMEDIATE transaction for the whole batch: one flush to disk however many streams.
  const batch = db.transaction((writes: readonly StreamWrite[]): StreamWriteOutcome[] =>
    writes.map((w): StreamWriteOutcome => {
      if (w.stream.length === 0) throw new RangeError('Stream name must not be empty');
      try {
        return {
          ok: true,
          stream: w.stream,
          result: appendOne(w.stream, w.events, w.expectedRevision, true),
        };
      } catch (error) {
        if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) {
          return { ok: false, stream: w.stream, error };
        }
        throw error;
      }
    }),
  );

  return {
    append: (stream, events, expected) => appendOne(stream, events, expected, false),
    appendStreams: (writes) => {
      if (writes.length === 0) return [];
      try {
        return fastBatch.immediate(writes);
      } catch (error) {
        if (error instanceof SavepointsNeeded) return batch.immediate(writes);
        throw error;
      }
    },
  };
}
