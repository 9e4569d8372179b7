/** The stream that holds the ledger's signed checkpoints, an ordinary stream on either store. */
export const CHECKPOINT_STREAM = 'ledger-audit-checkpoints';
export const CHECKPOINT_SIGNED = 'CheckpointSigned';

/** The origin line of the checkpoint notes (C2SP tlog-checkpoint). */
export const CHECKPOINT_ORIGIN = 'placement-ledger/audit';

/** Why a checkpoint was taken. */
export type CheckpointReason = 'on-demand' | 'daily' | 'export' | 'report';

/**
 * One checkpoint: the Merkle root (RFC 6962) over every event of the log up to `position`, in
 * log order, each leaf the event's hash as its content gives it.
 */
export interface Checkpoint {
  readonly sequence: number;
  /** The log's last position the tree covers (a decimal string: positions are bigint). */
  readonly position: string;
  /** How many events the tree covers. */
  readonly count: number;
  /** The root, hex. */
  readonly root: string;
  readonly time: string;
  /** The signed note, as written to the outside copy. */
  readonly note: string;
}

/** The checkpoint event's payload: the checkpoint, and what the next one resumes from. */
export interface CheckpointSignedData extends Checkpoint {
  readonly reason: CheckpointReason;
  readonly keyId: string;
  /** The Merkle frontier (`[size, hex]`), so the next checkpoint reads only the events after it. */
  readonly frontier: readonly (readonly [number, string])[];
  /** Each stream written since the previous checkpoint, with its last revision: lets `verify` name a stream deleted whole. */
  readonly heads: Readonly<Record<string, number>>;
}

/** The text of a checkpoint note (C2SP tlog-checkpoint: origin, size, base64 root, then extension lines). */
export function checkpointText(c: Omit<Checkpoint, 'note'>): string {
  return [
    CHECKPOINT_ORIGIN,
    String(c.count),
    Buffer.from(c.root, 'hex').toString('base64'),
    `position ${c.position}`,
    `time ${c.time}`,
    `sequence ${c.sequence}`,
    '',
  ].join('\n');
}

/** Reads a checkpoint back from a note's text; undefined when it is not one of the ledger's. */
export function parseCheckpointText(text: string): Omit<Checkpoint, 'note'> | undefined {
  const lines = text.split('\n');
  if (lines[0] !== CHECKPOINT_ORIGIN || lines.length < 7) return undefined;
  const count = Number(lines[1]);
  const root = Buffer.from(lines[2], 'base64');
  const field = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.slice(name.length + 1);
  const position = field('position');
  const time = field('time');
  const sequence = Number(field('sequence'));
  if (!Number.isSafeInteger(count) || root.length !== 32 || !position || !/^\d+$/.test(position) || !time)
    return undefined;
  if (!Number.isSafeInteger(sequence)) return undefined;
  return { count, root: root.toString('hex'), position, time, sequence };
}
