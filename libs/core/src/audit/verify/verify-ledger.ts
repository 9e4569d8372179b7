import { type EventStore, type RecordedEvent } from '@ledger/event-store';
import {
  type ChainLink,
  type HashableEvent,
  chainLinkOf,
  eventHash,
  genesisHash,
  sha256Hex,
} from '../chain/event-hash';
import { storedTextHash } from '../chain/stored-text-hash';
import { CHECKPOINT_STREAM } from '../checkpoints/checkpoint';
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
import { type LogRow, SqliteLog } from './sqlite-log';

export interface VerifyOptions {
  /** The public key; undefined when there is none, and then every signature is a finding. */
  readonly verifier: Verifier | undefined;
  readonly outside?: readonly OutsideCheckpoint[];
  /** The store numbers positions 1, 2, 3... (SQLite): a missing position is a missing event. */
  readonly contiguousPositions?: boolean;
}

/** A stream as the chain has it so far. */
interface StreamState {
  revision: number;
  hash: string;
  position: number;
}

/** Missing revisions of a stream, between two positions: their positions are filled in at the end. */
interface Missing {
  readonly stream: string;
  readonly revisions: string[];
  readonly after: number;
  readonly before: number | null;
  readonly message: string;
}

/** What `visit` needs of an event: what its hash covers, and where it is. */
type LogEvent = HashableEvent & { readonly position: number };

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** An event read as SQLite text, parsed (the long way): what the port's `readAll` would give. */
function parsed(row: LogRow): LogEvent | undefined {
  try {
    return {
      position: row[0],
      id: row[1],
      streamName: row[2],
      revision: BigInt(row[3]),
      type: row[4],
      data: JSON.parse(row[5]) as unknown,
      metadata: JSON.parse(row[6]) as unknown,
    };
  } catch {
    return undefined;
  }
}

/**
 * The pass over the log: each stream's chain and the Merkle tree of every event, with the
 * checkpoints' roots checked at their positions on the way.
 */
class LogPass {
  readonly streams = new Map<string, StreamState>();
  readonly missing: Missing[] = [];
  readonly gaps: number[] = [];
  readonly frontier = new MerkleFrontier();
  private chainStarted = false;
  last: number | null = null;
  private next = 0;
  private readonly claimPositions: number[];

  constructor(
    private readonly claims: readonly CheckpointClaim[],
    private readonly findings: Finding[],
    private readonly contiguousPositions: boolean,
  ) {
    this.claimPositions = claims.map((c) => Number(c.position));
  }

  /** Checks every claim before `position`, and the positions skipped since the last event. */
  private arrive(position: number): void {
    while (this.next < this.claims.length && this.claimPositions[this.next] < position)
      this.check(this.claims[this.next++]);
    if (this.contiguousPositions) for (let p = (this.last ?? 0) + 1; p < position; p++) this.gaps.push(p);
    this.last = position;
  }

  /**
   * A row of the SQLite log: hashed as stored when its text is canonical and gives its link's
   * hash (see `storedTextHash`), otherwise parsed and checked the long way.
   */
  row(row: LogRow): void {
    this.arrive(row[0]);
    const fast = storedTextHash({
      id: row[1],
      stream: row[2],
      revision: row[3],
      type: row[4],
      data: row[5],
      metadata: row[6],
    });
    if (fast && fast.computed === fast.link.hash) {
      this.frontier.appendHex(fast.computed);
      this.linked(row[2], row[3], row[0], fast.link);
      return;
    }
    const event = parsed(row);
    if (event) this.event(event);
    else this.unreadable(row);
  }

  /** An event read through the port. */
  recorded(event: RecordedEvent): void {
    const position = Number(event.position);
    this.arrive(position);
    this.event({ ...event, position });
  }

  /** Every claim at or before the end of the log; the others cannot match. */
  finish(): void {
    const end = this.last ?? 0;
    for (; this.next < this.claims.length; this.next++) {
      const claim = this.claims[this.next];
      if (this.claimPositions[this.next] <= end) this.check(claim);
      else claim.matches = false;
    }
  }

  private check(claim: CheckpointClaim): void {
    const frontier = this.frontier;
    const root = frontier.root().toString('hex');
    claim.matches = frontier.size === claim.count && root === claim.root;
    if (!claim.matches)
      this.findings.push({
        kind: 'checkpoint-root',
        stream: claim.file ? null : CHECKPOINT_STREAM,
        revision: claim.revision?.toString() ?? null,
        position: claim.position.toString(),
        checkpoint: claim.sequence,
        ...(claim.file ? { file: claim.file } : {}),
        message:
          `Checkpoint ${claim.sequence}${claim.file ? ` (${claim.file})` : ''} covers ${claim.count} events up to position ` +
          `${claim.position} with root ${claim.root}; the log now gives ${frontier.size} events with root ${root}`,
      });
  }

  /** A row whose data or metadata is not JSON: edited, with a leaf that can match nothing signed. */
  private unreadable(row: LogRow): void {
    this.frontier.appendHex(sha256Hex(`${row[5]}\n${row[6]}`));
    this.findings.push({
      kind: 'event-edited',
      stream: row[2],
      revision: String(row[3]),
      position: String(row[0]),
      message: `${row[2]}@${row[3]}: its stored data or metadata is not JSON`,
    });
  }

  /** The definition: the event's canonical form hashed, and its link checked. */
  private event(event: LogEvent): void {
    const where = {
      stream: event.streamName,
      revision: event.revision.toString(),
      position: event.position.toString(),
    };
    const state = this.streams.get(event.streamName);
    const link = chainLinkOf(event.metadata);
    if (!link) {
      const hash = eventHash(event, state?.hash ?? genesisHash(event.streamName));
      this.frontier.appendHex(hash);
      if (this.chainStarted)
        this.findings.push({
          kind: 'event-inserted',
          ...where,
          message: `${event.streamName}@${event.revision}: an event without a chain link, after the chain began`,
        });
      else
        this.streams.set(event.streamName, {
          revision: Number(event.revision),
          hash,
          position: event.position,
        });
      return;
    }
    const hash = eventHash(event, link.prev);
    this.frontier.appendHex(hash);
    if (!this.linked(event.streamName, Number(event.revision), event.position, link, hash !== link.hash))
      return;
    if (hash !== link.hash) {
      const moved =
        BigInt(link.revision) !== event.revision &&
        eventHash({ ...event, revision: BigInt(link.revision) }, link.prev) === link.hash;
      this.findings.push(
        moved
          ? {
              kind: 'event-reordered',
              ...where,
              message: `${event.streamName}@${event.revision}: written as revision ${link.revision}`,
            }
          : {
              kind: 'event-edited',
              ...where,
              message: `${event.streamName}@${event.revision}: its content no longer gives the hash it was written with`,
            },
      );
    }
    this.streams.set(event.streamName, {
      revision: link.revision,
      hash: link.hash,
      position: event.position,
    });
  }

  /**
   * The link against the stream so far: a revision already taken (inserted), revisions skipped
   * (deleted), or a `prev` that is not the previous event's hash (edited). Answers false when
   * the event is not part of the chain (inserted); otherwise the stream moves on to it, unless
   * `deferred` (the caller reports the hash first and moves the stream on itself).
   */
  private linked(
    stream: string,
    revision: number,
    position: number,
    link: ChainLink,
    deferred = false,
  ): boolean {
    this.chainStarted = true;
    const state = this.streams.get(stream);
    const expected = (state?.revision ?? -1) + 1;
    if (link.revision < expected) {
      this.findings.push({
        kind: 'event-inserted',
        stream,
        revision: String(revision),
        position: String(position),
        message: `${stream}@${revision}: claims revision ${link.revision}, which the stream already has`,
      });
      return false;
    }
    if (link.revision > expected)
      this.missing.push({
        stream,
        revisions: range(expected, link.revision - 1),
        after: state?.position ?? 0,
        before: position,
        message: `${stream}: revisions ${expected}..${link.revision - 1} are missing before position ${position}`,
      });
    else if (link.prev !== (state?.hash ?? genesisHash(stream)))
      this.findings.push({
        kind: 'event-edited',
        stream,
        revision: String(revision),
        position: String(position),
        message: `${stream}@${revision}: does not link to the event before it`,
      });
    if (deferred) return true;
    // The stream's state moves on in place: one object per stream, not one per event.
    if (state) {
      state.revision = link.revision;
      state.hash = link.hash;
      state.position = position;
    } else this.streams.set(stream, { revision: link.revision, hash: link.hash, position });
    return true;
  }
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

  const pass = new LogPass(claims, findings, options.contiguousPositions ?? false);
  const log = SqliteLog.of(store);
  if (log) {
    try {
      for (const rows of log.pages()) for (const row of rows) pass.row(row);
    } finally {
      log.close();
    }
  } else for await (const event of store.readAll()) pass.recorded(event);
  pass.finish();
  const { streams, missing, gaps, frontier, last } = pass;
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
