import { availableParallelism } from 'node:os';
import { type EventStore } from '@ledger/event-store';
import { readCheckpoints } from '../checkpoints/checkpoint-writer';
import { MerkleFrontier } from '../merkle/merkle';
import { type Verifier } from '../signing/signing-key';
import {
  type CheckpointClaim,
  type OutsideCheckpoint,
  crossCheck,
  outsideClaims,
  ownClaims,
} from './checkpoint-claims';
import { type Finding, type VerifyReport } from './findings';
import { joinLaterPart, startLaterPart } from './later-part-thread';
import { LogPass, type Missing, type StreamState, checkClaim, range } from './log-pass';
import { SqliteLog } from './sqlite-log';

/** From how many events on `verify` reads a SQLite log in two parts at once. */
export const TWO_PARTS_FROM = 32_768;

export interface VerifyOptions {
  /** The public key; undefined when there is none, and then every signature is a finding. */
  readonly verifier: Verifier | undefined;
  readonly outside?: readonly OutsideCheckpoint[];
  /** The store numbers positions 1, 2, 3... (SQLite): a missing position is a missing event. */
  readonly contiguousPositions?: boolean;
  /** From how many events on a SQLite log is read in two parts at once. @defaultValue {@link TWO_PARTS_FROM} */
  readonly twoPartsFrom?: number;
}

/**
 * Where to split the log in two: after the `m`-th event, `m` a multiple of a power of two at
 * least as large as any perfect subtree of the rest (so that the later part's Merkle subtrees,
 * built alone, are subtrees of the whole tree), and near the middle. `p` is the largest power
 * of two up to half the log; the rest after `p` or `2p` events is under `2p`.
 */
export function splitAt(events: number): number {
  let p = 1;
  while (p * 2 <= events / 2) p *= 2;
  return events < 3 * p ? p : 2 * p;
}

/**
 * The SQLite log read in bulk. A long log is read in two parts at once: the later part by a
 * worker thread (later-part.ts), which starts while this thread reads the earlier part, and
 * is then joined to it (later-part-thread.ts); when the worker cannot run, stops at an event
 * that is not hashed as stored, or cannot be joined, this thread reads the later part itself.
 * Either way the findings are those of one pass in log order. Answers the frontier at the end.
 */
async function readSqliteLog(
  log: SqliteLog,
  pass: LogPass,
  claims: readonly CheckpointClaim[],
  claimPositions: readonly number[],
  options: VerifyOptions,
): Promise<MerkleFrontier> {
  const { events } = log.count();
  const twoParts = events >= (options.twoPartsFrom ?? TWO_PARTS_FROM) && availableParallelism() > 1;
  const m = twoParts ? splitAt(events) : events;
  const boundary = m < events ? log.count(m).position : undefined;
  if (boundary === undefined) {
    for (const rows of log.pages()) for (const row of rows) pass.row(row);
    pass.finish();
    return pass.frontier;
  }
  const firstClaim = claimPositions.findIndex((p) => p >= boundary);
  const laterClaims = firstClaim < 0 ? claims.length : firstClaim;
  const later = startLaterPart({
    file: log.file,
    after: boundary,
    claimPositions: claimPositions.slice(laterClaims),
    contiguousPositions: options.contiguousPositions ?? false,
  });
  for (const rows of log.pages(0, m)) for (const row of rows) pass.row(row);
  const part = await later;
  const joined = part && !part.stopped ? joinLaterPart(pass, part, claims, laterClaims) : undefined;
  if (joined) {
    pass.next = claims.length;
    return joined;
  }
  for (const rows of log.pages(boundary)) for (const row of rows) pass.row(row);
  pass.finish();
  return pass.frontier;
}

/**
 * Recomputes every stream's hash chain and every checkpoint's root in one pass over the log,
 * checks the outside copies against both, and reports everything that does not hold, each
 * finding with its stream, revision and position. On a SQLite file the log is read in bulk as
 * its stored text (see `SqliteLog`); on any other store through the port.
 */
export async function verifyLedger(store: EventStore, options: VerifyOptions): Promise<VerifyReport> {
  const findings: Finding[] = [];
  const stored = await readCheckpoints(store);
  const own = ownClaims(stored, options.verifier, findings);
  const outside = outsideClaims(options.outside ?? [], options.verifier, findings);
  const claims = [...own, ...outside].sort((a, b) =>
    a.position < b.position ? -1 : a.position > b.position ? 1 : 0,
  );

  const claimPositions = claims.map((c) => Number(c.position));
  const pass = new LogPass(
    claimPositions,
    (index, frontier) => checkClaim(claims[index], frontier, findings),
    findings,
    options.contiguousPositions ?? false,
  );
  let frontier = pass.frontier;
  const log = SqliteLog.of(store);
  if (log) {
    try {
      frontier = await readSqliteLog(log, pass, claims, claimPositions, options);
    } finally {
      log.close();
    }
  } else {
    for await (const event of store.readAll()) pass.recorded(event);
    pass.finish();
  }
  const { streams, missing, gaps, last } = pass;
  const end = last ?? 0;
  const beyond = claims.filter((c) => c.position > BigInt(end));
  if (beyond.length > 0) {
    const furthest = beyond.reduce((a, b) => (a.position > b.position ? a : b));
    findings.push({
      kind: 'log-truncated',
      stream: null,
      revision: null,
      position: String(end + 1),
      checkpoint: furthest.sequence,
      ...(furthest.file ? { file: furthest.file } : {}),
      message: `The log ends at position ${end}; checkpoint ${furthest.sequence} covers it up to position ${furthest.position}`,
    });
  }

  tailsAndWholeStreams(stored, streams, end, missing);
  findings.push(...placeMissing(missing, gaps));
  crossCheck(own, outside, findings);
  return {
    ok: findings.length === 0,
    events: frontier.size,
    streams: streams.size,
    position: last?.toString() ?? null,
    checkpoints: own.length,
    outsideCheckpoints: outside.length,
    keyId: options.verifier?.keyId.toString('hex') ?? null,
    findings,
  };
}

/** The stream heads checkpoints saw, against the log: a stream gone whole, or the end of one cut off. */
function tailsAndWholeStreams(
  stored: Awaited<ReturnType<typeof readCheckpoints>>,
  streams: ReadonlyMap<string, StreamState>,
  end: number,
  missing: Missing[],
): void {
  const seen = new Map<string, number>();
  for (const { data } of stored) {
    if (Number(data.position) > end) continue;
    for (const [stream, revision] of Object.entries(data.heads ?? {}))
      seen.set(stream, Math.max(revision, seen.get(stream) ?? -1));
  }
  for (const [stream, revision] of seen) {
    const state = streams.get(stream);
    if (!state) {
      missing.push({
        stream,
        revisions: range(0, revision),
        after: 0,
        before: null,
        message: `Stream ${stream} (revisions 0..${revision} at a checkpoint) is no longer in the log`,
      });
    } else if (state.revision < revision)
      missing.push({
        stream,
        revisions: range(state.revision + 1, revision),
        after: state.position,
        before: null,
        message: `${stream}: revisions ${state.revision + 1}..${revision}, seen by a checkpoint, are missing from the end of the stream`,
      });
  }
}

/** Each missing range as a finding, with the missing positions it can be matched to on a contiguous store. */
function placeMissing(missing: readonly Missing[], gaps: readonly number[]): Finding[] {
  const free = new Set(gaps);
  return missing.map((m) => {
    const positions = [...free]
      .filter((p) => p > m.after && (m.before === null || p < m.before))
      .slice(0, m.revisions.length);
    positions.forEach((p) => free.delete(p));
    const whole = m.revisions[0] === '0' && m.before === null && m.after === 0;
    return {
      kind: whole ? 'stream-deleted' : 'event-deleted',
      stream: m.stream,
      revision: m.revisions[0],
      position: positions[0]?.toString() ?? null,
      revisions: m.revisions,
      positions: positions.map(String),
      message: m.message,
    };
  });
}
