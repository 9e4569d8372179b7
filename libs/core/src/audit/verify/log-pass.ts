import {
  type ChainLink,
  type HashableEvent,
  chainLinkOf,
  eventHash,
  genesisHash,
  sha256Hex,
} from '../chain/event-hash';
import { storedRowHash } from '../chain/stored-text-hash';
import { CHECKPOINT_STREAM } from '../checkpoints/checkpoint';
import { MerkleFrontier } from '../merkle/merkle';
import type { CheckpointClaim } from './checkpoint-claims';
import type { Finding } from './findings';
import type { LogRow } from './sqlite-log';
import type { RecordedEvent } from '@ledger/event-store';

// This module and what it imports use relative imports and node's own modules only: the
// verify worker (verify-worker.ts) loads it alone.

/** A stream as the chain has it so far. */
export interface StreamState {
  revision: number;
  hash: string;
  position: number;
}

/** Missing revisions of a stream, between two positions: their positions are filled in at the end. */
export interface Missing {
  readonly stream: string;
  readonly revisions: string[];
  readonly after: number;
  readonly before: number | null;
  readonly message: string;
}

/** What `visit` needs of an event: what its hash covers, and where it is. */
type LogEvent = HashableEvent & { readonly position: number };

export const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

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

/** The first event of a stream in a later part of the log, whose link is checked when the parts are joined. */
export interface FirstLink {
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
  readonly link: ChainLink;
}

/**
 * Where the pass starts: the whole log (undefined), or a later part of it (the verify worker's):
 * the events after `after`, whose streams' earlier events it does not know, so each stream's
 * first link there is left to the join (see {@link FirstLink}), and any event that is not
 * hashed as stored stops the part (the join then reads it the long way).
 */
export interface LaterPart {
  readonly after: number;
}

/** Called at each claim's position with the frontier there, or undefined for a claim beyond the log's end. */
export type ClaimCheck = (index: number, frontier: MerkleFrontier | undefined) => void;

/** The root the log gives at a claim, against the claim: a `checkpoint-root` finding when they differ. */
export function checkClaim(
  claim: CheckpointClaim,
  frontier: MerkleFrontier | undefined,
  findings: Finding[],
): void {
  if (!frontier) {
    claim.matches = false;
    return;
  }
  const root = frontier.root().toString('hex');
  claim.matches = frontier.size === claim.count && root === claim.root;
  if (!claim.matches)
    findings.push({
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

/**
 * The pass over the log: each stream's chain and the Merkle tree of every event, with the
 * checkpoints' roots checked at their positions on the way.
 */
export class LogPass {
  readonly streams = new Map<string, StreamState>();
  readonly missing: Missing[] = [];
  readonly gaps: number[] = [];
  readonly frontier = new MerkleFrontier();
  /** A later part's streams' first links (see {@link LaterPart}). */
  readonly firsts: FirstLink[] = [];
  /** A later part met an event not hashed as stored, and stopped there. */
  stopped = false;
  private chainStarted = false;
  last: number | null;
  /** The index of the next claim to check. */
  next = 0;

  constructor(
    private readonly claimPositions: readonly number[],
    private readonly onClaim: ClaimCheck,
    readonly findings: Finding[],
    private readonly contiguousPositions: boolean,
    private readonly part?: LaterPart,
  ) {
    this.last = part ? part.after : null;
  }

  /** Checks every claim before `position`, and the positions skipped since the last event. */
  private arrive(position: number): void {
    while (this.next < this.claimPositions.length && this.claimPositions[this.next] < position)
      this.onClaim(this.next++, this.frontier);
    if (this.contiguousPositions) for (let p = (this.last ?? 0) + 1; p < position; p++) this.gaps.push(p);
    this.last = position;
  }

  /**
   * A row of the SQLite log: hashed as stored when its text is canonical and gives its link's
   * hash (see `storedTextHash`), otherwise parsed and checked the long way.
   */
  row(row: LogRow): void {
    if (this.stopped) return;
    const fast = storedRowHash(row);
    const matches = fast !== undefined && fast.computed === fast.link.hash;
    if (!matches && this.part) {
      this.stopped = true;
      return;
    }
    this.arrive(row[0]);
    if (matches) {
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
    for (; this.next < this.claimPositions.length; this.next++)
      this.onClaim(this.next, this.claimPositions[this.next] <= end ? this.frontier : undefined);
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
    if (!state && this.part) {
      this.firsts.push({ stream, revision, position, link });
      this.streams.set(stream, { revision: link.revision, hash: link.hash, position });
      return true;
    }
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
