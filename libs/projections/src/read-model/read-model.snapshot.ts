import { DomainError, DomainErrorCode, type ChildEvent } from '@ledger/domain';
import type { LedgerEventRecord } from '../ledger-event-record';

/** A record as JSON: positions and revisions become decimal strings at this edge. */
export interface SerializedRecord {
  readonly id: string;
  readonly position: string;
  readonly revision: string;
  readonly event: ChildEvent;
  readonly metadata: { readonly recordedAt: string };
}

/** What `MeasuresReadModel.toJSON` returns and `fromJSON` reads back. */
export interface MeasuresReadModelSnapshot {
  readonly version: 1;
  /** The highest position applied, or null when nothing was. */
  readonly checkpoint: string | null;
  readonly streams: readonly { readonly streamName: string; readonly records: readonly SerializedRecord[] }[];
}

export function serializeRecord(record: LedgerEventRecord): SerializedRecord {
  return {
    id: record.id,
    position: record.position.toString(),
    revision: record.revision.toString(),
    event: record.event,
    metadata: { recordedAt: record.metadata.recordedAt },
  };
}

function toBigInt(value: string, what: string): bigint {
  if (!/^\d+$/.test(value)) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      `Measures snapshot: ${what} is not a whole number: ${value}`,
      what,
    );
  }
  return BigInt(value);
}

export function deserializeRecord(streamName: string, record: SerializedRecord): LedgerEventRecord {
  return {
    id: record.id,
    position: toBigInt(record.position, 'position'),
    streamName,
    revision: toBigInt(record.revision, 'revision'),
    event: record.event,
    metadata: { recordedAt: record.metadata.recordedAt },
  };
}

/** Checks the envelope of a snapshot read from storage before it is trusted. */
export function assertSnapshot(value: unknown): asserts value is MeasuresReadModelSnapshot {
  const snapshot = value as Partial<MeasuresReadModelSnapshot> | null;
  if (
    snapshot === null ||
    typeof snapshot !== 'object' ||
    snapshot.version !== 1 ||
    !Array.isArray(snapshot.streams)
  ) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      'Measures snapshot: not a version 1 snapshot (expected { version: 1, checkpoint, streams })',
      'snapshot',
    );
  }
}
