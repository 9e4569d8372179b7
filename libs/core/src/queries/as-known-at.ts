import { type AsKnownAt } from '@ledger/projections';

/** A moment in the ledger's own history: the projections' type, one definition for every read. */
export type { AsKnownAt } from '@ledger/projections';

export class InvalidAsKnownAtError extends Error {
  readonly code = 'VALIDATION.INVALID_VALUE';
  readonly field = 'asKnownAt';
  constructor(value: string) {
    super(
      `asKnownAt must be an ISO date-time (e.g. 2024-04-01T00:00:00Z) or a global position (digits), got "${value}"`,
    );
    this.name = 'InvalidAsKnownAtError';
  }
}

/** Parses `asKnownAt` from the edge: digits are a position, anything else must be an ISO instant or day. */
export function parseAsKnownAt(value: string | undefined): AsKnownAt | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return { position: BigInt(value) };
  if (
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new InvalidAsKnownAtError(value);
  }
  // A bare day means the end of that day: everything recorded on it was known.
  const instant = value.length === 10 ? `${value}T23:59:59.999Z` : value;
  return { recordedAt: new Date(instant).toISOString() };
}
