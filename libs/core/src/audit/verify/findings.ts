/** What `verify` can find wrong, each tied to where it is. */
export type FindingKind =
  /** An event's content no longer gives the hash it was written with. */
  | 'event-edited'
  /** Revisions missing from a stream (the chain skips them, or a checkpoint saw them). */
  | 'event-deleted'
  /** An event that is not part of the chain: no link after the chain began, or a revision already taken. */
  | 'event-inserted'
  /** An intact event at a revision other than the one it was written at. */
  | 'event-reordered'
  /** A stream a checkpoint saw that is no longer in the log. */
  | 'stream-deleted'
  /** The log ends before a checkpoint's position. */
  | 'log-truncated'
  /** A checkpoint's signature does not verify with the public key. */
  | 'checkpoint-signature'
  /** A checkpoint's root or count no longer matches the log. */
  | 'checkpoint-root'
  /** A checkpoint (an outside copy) the ledger no longer holds. */
  | 'checkpoint-missing'
  /** Two signed checkpoints that cannot both be prefixes of one log. */
  | 'checkpoint-fork'
  /** An outside copy that is not a checkpoint note. */
  | 'checkpoint-unreadable';

export interface Finding {
  readonly kind: FindingKind;
  readonly stream: string | null;
  /** The revision concerned (the first, for a range), a decimal string. */
  readonly revision: string | null;
  /** The log position concerned: the event's, or for missing events the first missing position where the store's positions are contiguous. */
  readonly position: string | null;
  /** For missing events: every revision and position (where known). */
  readonly revisions?: readonly string[];
  readonly positions?: readonly string[];
  /** The checkpoint concerned: its sequence number, and the outside file it came from. */
  readonly checkpoint?: number;
  readonly file?: string;
  readonly message: string;
}

export interface VerifyReport {
  /** True when nothing was found. */
  readonly ok: boolean;
  readonly events: number;
  readonly streams: number;
  /** The log's last position, or null for an empty log. */
  readonly position: string | null;
  readonly checkpoints: number;
  readonly outsideCheckpoints: number;
  /** The key the signatures were checked with (null: none was found). */
  readonly keyId: string | null;
  readonly findings: readonly Finding[];
}
