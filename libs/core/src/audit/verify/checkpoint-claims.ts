import { parseCheckpointText } from '../checkpoints/checkpoint';
import { type StoredCheckpoint } from '../checkpoints/checkpoint-writer';
import { NoteFormatError, noteVerifies, parseNote } from '../signing/signed-note';
import { type Verifier } from '../signing/signing-key';
import { type Finding } from './findings';

/** A checkpoint as `verify` checks it: what its signed note claims, and where it came from. */
export interface CheckpointClaim {
  readonly sequence: number;
  readonly position: bigint;
  readonly count: number;
  readonly root: string;
  readonly signed: boolean;
  /** The outside file, or undefined for the ledger's own checkpoint stream. */
  readonly file?: string;
  /** The checkpoint event's place in the ledger (own checkpoints only). */
  readonly revision?: bigint;
  readonly eventPosition?: bigint;
  /** Whether the log, as it is, gives this root at this position (set by the pass over the log). */
  matches?: boolean;
}

/** An outside copy of a checkpoint, as the auditor kept it. */
export interface OutsideCheckpoint {
  readonly file: string;
  readonly text: string;
}

function signatureFinding(claim: Omit<CheckpointClaim, 'signed'>, note: string): Finding {
  return {
    kind: 'checkpoint-signature',
    stream: claim.file ? null : 'ledger-audit-checkpoints',
    revision: claim.revision?.toString() ?? null,
    position: claim.eventPosition?.toString() ?? null,
    checkpoint: claim.sequence,
    ...(claim.file ? { file: claim.file } : {}),
    message: `Checkpoint ${claim.sequence}${claim.file ? ` (${claim.file})` : ''}: ${note}`,
  };
}

function unsigned(verifier: Verifier | undefined): string {
  return verifier
    ? `the signature does not verify with the public key ${verifier.keyId.toString('hex')}`
    : 'there is no public key to check the signature with (no key file: pass the public key)';
}

/** The ledger's own checkpoints as claims, with a finding for each whose signature fails. */
export function ownClaims(
  stored: readonly StoredCheckpoint[],
  verifier: Verifier | undefined,
  findings: Finding[],
): CheckpointClaim[] {
  const claims: CheckpointClaim[] = [];
  for (const { data, revision, eventPosition } of stored) {
    const parsed = (() => {
      try {
        const note = parseNote(String(data.note));
        return { note, body: parseCheckpointText(note.text) };
      } catch (error) {
        if (error instanceof NoteFormatError) return undefined;
        throw error;
      }
    })();
    const base = {
      sequence: parsed?.body?.sequence ?? Number(data.sequence),
      position: BigInt(parsed?.body?.position ?? String(data.position)),
      count: parsed?.body?.count ?? Number(data.count),
      root: parsed?.body?.root ?? String(data.root),
      revision,
      eventPosition,
    };
    const signed = !!parsed?.body && !!verifier && noteVerifies(parsed.note, verifier);
    if (!signed) findings.push(signatureFinding(base, unsigned(verifier)));
    claims.push({ ...base, signed });
  }
  return claims;
}

/** The outside copies as claims; unreadable files and failed signatures become findings. */
export function outsideClaims(
  copies: readonly OutsideCheckpoint[],
  verifier: Verifier | undefined,
  findings: Finding[],
): CheckpointClaim[] {
  const claims: CheckpointClaim[] = [];
  for (const { file, text } of copies) {
    let parsed;
    try {
      const note = parseNote(text);
      parsed = { note, body: parseCheckpointText(note.text) };
    } catch (error) {
      if (!(error instanceof NoteFormatError)) throw error;
    }
    if (!parsed?.body) {
      findings.push({
        kind: 'checkpoint-unreadable',
        stream: null,
        revision: null,
        position: null,
        file,
        message: `${file} is not a checkpoint note of this ledger`,
      });
      continue;
    }
    const base = { ...parsed.body, position: BigInt(parsed.body.position), file };
    const signed = !!verifier && noteVerifies(parsed.note, verifier);
    if (!signed) findings.push(signatureFinding(base, unsigned(verifier)));
    claims.push({ ...base, signed });
  }
  return claims;
}

/**
 * The claims that cannot all hold of one log: two signed checkpoints of the same size with
 * different roots, or a smaller one the log disagrees with while a larger one, whose root
 * commits to the same first leaves, agrees with it. Outside copies the ledger no longer holds
 * are reported as missing.
 */
export function crossCheck(
  own: readonly CheckpointClaim[],
  outside: readonly CheckpointClaim[],
  findings: Finding[],
): void {
  for (const copy of outside) {
    const held = own.find(
      (c) => c.sequence === copy.sequence && c.root === copy.root && c.count === copy.count,
    );
    if (!held && !own.some((c) => c.sequence === copy.sequence))
      findings.push({
        kind: 'checkpoint-missing',
        stream: 'ledger-audit-checkpoints',
        revision: null,
        position: copy.position.toString(),
        checkpoint: copy.sequence,
        file: copy.file,
        message: `Checkpoint ${copy.sequence} (${copy.file}) covering position ${copy.position} is not in the ledger`,
      });
  }
  const signed = [...own, ...outside].filter((c) => c.signed).sort((a, b) => a.count - b.count);
  const reported = new Set<string>();
  for (let i = 0; i < signed.length; i++) {
    for (let j = i + 1; j < signed.length; j++) {
      const [a, b] = [signed[i], signed[j]];
      const forked = a.count === b.count ? a.root !== b.root : b.matches === true && a.matches === false;
      const key = [a.root, b.root].sort().join();
      if (!forked || reported.has(key)) continue;
      reported.add(key);
      const name = (c: CheckpointClaim) =>
        `checkpoint ${c.sequence} (${c.file ?? 'in the ledger'}, ${c.count} events)`;
      findings.push({
        kind: 'checkpoint-fork',
        stream: null,
        revision: null,
        position: a.position.toString(),
        checkpoint: a.sequence,
        ...((a.file ?? b.file) ? { file: a.file ?? b.file } : {}),
        message: `Forked history: ${name(a)} and ${name(b)} cannot both be prefixes of one log`,
      });
    }
  }
}
