import { DomainError, DomainErrorCode, type ChildEvent } from '@ledger/domain';

/**
 * One event as the projections read it: the application maps whatever the store returns to
 * this shape. Positions and revisions stay bigint (docs/architecture.md §4).
 */
export interface LedgerEventRecord {
  readonly id: string;
  /** Global position in the ledger: orders every event of every stream. */
  readonly position: bigint;
  readonly streamName: string;
  /** Revision within the stream. */
  readonly revision: bigint;
  readonly event: ChildEvent;
  readonly metadata: { readonly recordedAt: string };
}

/**
 * A moment of the ledger's own history (docs/measures.md §7): a global position, or a
 * recorded time (an ISO instant). Only events recorded at or before it count.
 */
export type AsKnownAt = { readonly position: bigint } | { readonly recordedAt: string };

/** How a report echoes its `asKnownAt`: the position as a decimal string, or the instant as given. */
export function asKnownAtLabel(asKnownAt: AsKnownAt | undefined): string | null {
  if (asKnownAt === undefined) return null;
  return 'position' in asKnownAt ? asKnownAt.position.toString() : asKnownAt.recordedAt;
}

/**
 * The test "was this record known at that moment". Instants are compared as instants, not as
 * strings, so `...00Z` and `...00.000Z` agree.
 */
export function knownAtPredicate(
  asKnownAt: AsKnownAt,
): (record: Pick<LedgerEventRecord, 'position' | 'metadata'>) => boolean {
  if ('position' in asKnownAt) {
    const position = asKnownAt.position;
    return (record) => record.position <= position;
  }
  const limit = Date.parse(asKnownAt.recordedAt);
  if (Number.isNaN(limit)) {
    throw new DomainError(
      DomainErrorCode.VALIDATION_INVALID_VALUE,
      `asKnownAt is not an ISO instant: ${asKnownAt.recordedAt}`,
      'asKnownAt',
    );
  }
  return (record) => Date.parse(record.metadata.recordedAt) <= limit;
}
