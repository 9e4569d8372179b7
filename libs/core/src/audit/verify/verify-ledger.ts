import { type EventStore, type RecordedEvent } from '@ledger/event-store';
import { chainLinkOf, eventHash, genesisHash } from '../chain/event-hash';
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
  position: bigint;
}

/** Missing revisions of a stream, between two positions: their positions are filled in at the end. */
interface Missing {
  readonly stream: string;
  readonly revisions: string[];
  readonly after: bigint;
  readonly before: bigint | null;
  readonly message: string;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/**
 * Recomputes every stream's hash chain and every checkpoint's root in one pass over the log,
 * checks the outside copies against both, and reports everything that does not hold, each
 * finding with its stream, revision and position.
 */
export async function verifyLedger(store: EventStore, options: VerifyOptions): Promise<VerifyReport> {
  const findings: Finding[] = [];
  const stored = await readCheckpoints(store);
  const own = ownClaims(stored, options.verifier, findings);
  const outside = outsideClaims(options.outside ?? [], options.verifier, findings);
  const claims = [...own, ...outside].sort((a, b) =>
    a.position < b.position ? -1 : a.position > b.position ? 1 : 0,
  );

  const streams = new Map<string, StreamState>();
  const missing: Missing[] = [];
  const gaps: bigint[] = [];
  const frontier = new MerkleFrontier();
  let chainStarted = false;
  let last: bigint | null = null;
  let next = 0;

  const check = (claim: CheckpointClaim) => {
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
  };

  const visit = (event: RecordedEvent) => {
    const where = {
      stream: event.streamName,
      revision: event.revision.toString(),
      position: event.position.toString(),
    };
    const state = streams.get(event.streamName);
    const link = chainLinkOf(event.metadata);
    if (!link) {
      const hash = eventHash(event, state?.hash ?? genesisHash(event.streamName));
      frontier.append(Buffer.from(hash, 'hex'));
      if (chainStarted)
        findings.push({
          kind: 'event-inserted',
          ...where,
          message: `${event.streamName}@${event.revision}: an event without a chain link, after the chain began`,
        });
      else
        streams.set(event.streamName, { revision: Number(event.revision), hash, position: event.position });
      return;
    }
    chainStarted = true;
    const hash = eventHash(event, link.prev);
    frontier.append(Buffer.from(hash, 'hex'));
    const expected = (state?.revision ?? -1) + 1;
    if (link.revision < expected) {
      findings.push({
        kind: 'event-inserted',
        ...where,
        message: `${event.streamName}@${event.revision}: claims revision ${link.revision}, which the stream already has`,
      });
      return;
    }
    if (link.revision > expected)
      missing.push({
        stream: event.streamName,
        revisions: range(expected, link.revision - 1),
        after: state?.position ?? 0n,
        before: event.position,
        message: `${event.streamName}: revisions ${expected}..${link.revision - 1} are missing before position ${event.position}`,
      });
    else if (link.prev !== (state?.hash ?? genesisHash(event.streamName)))
      findings.push({
        kind: 'event-edited',
        ...where,
        message: `${event.streamName}@${event.revision}: does not link to the event before it`,
      });
    if (hash !== link.hash) {
      const moved =
        BigInt(link.revision) !== event.revision &&
        eventHash({ ...event, revision: BigInt(link.revision) }, link.prev) === link.hash;
      findings.push(
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
    streams.set(event.streamName, { revision: link.revision, hash: link.hash, position: event.position });
  };

  for await (const event of store.readAll()) {
    while (next < claims.length && claims[next].position < event.position) check(claims[next++]);
    if (options.contiguousPositions) for (let p = (last ?? 0n) + 1n; p < event.position; p++) gaps.push(p);
    visit(event);
    last = event.position;
  }
  const end = last ?? 0n;
  for (; next < claims.length; next++) {
    const claim = claims[next];
    if (claim.position <= end) check(claim);
    else claim.matches = false;
  }
  const beyond = claims.filter((c) => c.position > end);
  if (beyond.length > 0) {
    const furthest = beyond.reduce((a, b) => (a.position > b.position ? a : b));
    findings.push({
      kind: 'log-truncated',
      stream: null,
      revision: null,
      position: (end + 1n).toString(),
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
  end: bigint,
  missing: Missing[],
): void {
  const seen = new Map<string, number>();
  for (const { data } of stored) {
    if (BigInt(data.position) > end) continue;
    for (const [stream, revision] of Object.entries(data.heads ?? {}))
      seen.set(stream, Math.max(revision, seen.get(stream) ?? -1));
  }
  for (const [stream, revision] of seen) {
    const state = streams.get(stream);
    if (!state) {
      missing.push({
        stream,
        revisions: range(0, revision),
        after: 0n,
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
function placeMissing(missing: readonly Missing[], gaps: readonly bigint[]): Finding[] {
  const free = new Set(gaps);
  return missing.map((m) => {
    const positions = [...free]
      .filter((p) => p > m.after && (m.before === null || p < m.before))
      .slice(0, m.revisions.length);
    positions.forEach((p) => free.delete(p));
    const whole = m.revisions[0] === '0' && m.before === null && m.after === 0n;
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
