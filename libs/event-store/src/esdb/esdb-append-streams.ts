import { DuplicateEventIdError, StoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import type {
  AppendResult,
  EventToAppend,
  ExpectedRevision,
  StreamWrite,
  StreamWriteOutcome,
} from '../event-store.port';

/** The server refuses a single append message over 1 MiB: the batch is sent in rounds under it. */
export const MAX_ROUND_BYTES = 1024 * 1024 - 64 * 1024;

export interface AppendStreamsLimits {
  /** Appends sent at once. */
  readonly maxInFlight: number;
  /** When the whole batch must have been answered. */
  readonly deadlineMs: number;
  /** The bytes one round of appends may carry (under the server's 1 MiB). */
  readonly maxRoundBytes?: number;
}

type AppendOne = (
  stream: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
) => Promise<AppendResult>;

/** The JSON bytes a write sends, near enough to keep a round under the server's limit. */
function sizeOf(write: StreamWrite): number {
  let bytes = 0;
  for (const e of write.events) {
    bytes += JSON.stringify(e.data ?? null).length + JSON.stringify(e.metadata ?? null).length + 100;
  }
  return bytes;
}

/**
 * Rounds of writes: each under `maxBytes` (a write bigger than that goes alone: the client splits
 * one stream's append into chunks the server joins atomically), and the writes of one stream in
 * the order given, each in a later round than the one before it.
 */
export function planRounds(writes: readonly StreamWrite[], maxBytes: number): number[][] {
  const rounds: { indexes: number[]; bytes: number; streams: Set<string> }[] = [];
  const lastRoundOf = new Map<string, number>();
  writes.forEach((write, index) => {
    const size = sizeOf(write);
    const earliest = (lastRoundOf.get(write.stream) ?? -1) + 1;
    let r = earliest;
    while (r < rounds.length && rounds[r].indexes.length > 0 && rounds[r].bytes + size > maxBytes) r++;
    if (r === rounds.length) rounds.push({ indexes: [], bytes: 0, streams: new Set() });
    rounds[r].indexes.push(index);
    rounds[r].bytes += size;
    rounds[r].streams.add(write.stream);
    lastRoundOf.set(write.stream, r);
  });
  return rounds.map((round) => round.indexes);
}

/** Runs `tasks` with at most `limit` at once. */
async function pool(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * The EventStoreDB adapter's group append: the server has no multi-stream transaction, so each
 * stream's write is its own atomic append, sent concurrently (a bounded number at once, in rounds
 * under the 1 MiB message limit); a refused write is its outcome, a failing server rejects the
 * batch, and so does the deadline passing (the writes are idempotent to send again).
 */
export async function appendStreamsConcurrently(
  writes: readonly StreamWrite[],
  appendOne: AppendOne,
  limits: AppendStreamsLimits,
): Promise<StreamWriteOutcome[]> {
  const outcomes: StreamWriteOutcome[] = new Array<StreamWriteOutcome>(writes.length);
  let expired = false;
  const send = async (index: number): Promise<void> => {
    if (expired) return;
    const { stream, events, expectedRevision } = writes[index];
    try {
      outcomes[index] = { ok: true, stream, result: await appendOne(stream, events, expectedRevision) };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError))
        throw error;
      outcomes[index] = { ok: false, stream, error };
    }
  };
  const all = (async () => {
    for (const round of planRounds(writes, limits.maxRoundBytes ?? MAX_ROUND_BYTES)) {
      await pool(
        round.map((index) => () => send(index)),
        limits.maxInFlight,
      );
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      const answered = outcomes.filter(Boolean).length;
      reject(
        new StoreUnavailableError(
          `EventStoreDB did not answer an append of ${writes.length} streams within ${limits.deadlineMs} ms ` +
            `(${answered} answered); sending it again is safe`,
        ),
      );
    }, limits.deadlineMs);
  });
  try {
    await Promise.race([all, deadline]);
  } finally {
    clearTimeout(timer);
    all.catch(() => undefined);
  }
  return outcomes;
}
