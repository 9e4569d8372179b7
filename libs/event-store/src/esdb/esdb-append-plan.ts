import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../event-store.port';

/** Where an event already sits in the stream being appended to. */
export interface StreamEntry {
  readonly id: string;
  readonly revision: bigint;
  readonly position: bigint;
}

/** What an empty batch answers for a stream that does not exist. */
const NONE = -1n;

function holds(expected: ExpectedRevision, head: StreamEntry | undefined): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return !head;
  if (expected === 'stream_exists') return !!head;
  return head?.revision === expected;
}

/** Throws when the batch names one id twice: nothing of it may be written. */
export function assertDistinctIds(stream: string, events: readonly EventToAppend[]): void {
  const seen = new Set<string>();
  for (const { id } of events) {
    if (seen.has(id)) throw new DuplicateEventIdError(stream, id);
    seen.add(id);
  }
}

/** An empty batch writes nothing: it checks the expectation and answers with the stream's head. */
export function answerEmptyAppend(
  stream: string,
  expected: ExpectedRevision,
  head: StreamEntry | undefined,
): AppendResult {
  if (!holds(expected, head)) {
    throw new WrongExpectedRevisionError(stream, expected, head?.revision ?? 'no_stream');
  }
  return { nextExpectedRevision: head?.revision ?? NONE, position: head?.position ?? NONE };
}

/**
 * Decides an append from the stream's events as they are, with the port's id rules, which
 * EventStoreDB keeps only in part (it would write an id again when the expected revision holds,
 * and takes ids in any order as a repeat under `any`):
 * - the batch is exactly the stream's events at consecutive revisions, where an append with this
 *   expectation put them: a retry, answered as the first append was (`'repeat'`);
 * - some ids are already in the stream otherwise: {@link DuplicateEventIdError}, or
 *   {@link WrongExpectedRevisionError} when the expectation does not hold anyway;
 * - no id is in the stream: write it (`'write'`), and let the server check the expectation.
 */
export function planAppend(
  stream: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  existing: readonly StreamEntry[],
): { readonly kind: 'repeat'; readonly result: AppendResult } | { readonly kind: 'write' } {
  const byId = new Map(existing.map((entry) => [entry.id, entry]));
  const found = events.map((event) => byId.get(event.id));
  const first = found[0];
  const last = found.at(-1);
  if (first && last) {
    const consecutive = found.every((entry, i) => entry?.revision === first.revision + BigInt(i));
    const compatible =
      expected === 'any' ||
      expected === 'stream_exists' ||
      (expected === 'no_stream' && first.revision === 0n) ||
      (typeof expected === 'bigint' && first.revision === expected + 1n);
    if (consecutive && compatible) {
      return { kind: 'repeat', result: { nextExpectedRevision: last.revision, position: last.position } };
    }
  }
  const overlap = events.find((event) => byId.has(event.id));
  if (!overlap) return { kind: 'write' };
  const head = existing.at(-1);
  if (!holds(expected, head)) {
    throw new WrongExpectedRevisionError(stream, expected, head?.revision ?? 'no_stream');
  }
  throw new DuplicateEventIdError(stream, overlap.id);
}
