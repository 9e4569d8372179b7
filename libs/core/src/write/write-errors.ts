/** The same idempotency key was used before for a different command. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';
  constructor(readonly commandId: string) {
    super(`Idempotency key ${commandId} was already used for a different command`);
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** Concurrent writers kept winning: the command was re-decided and still conflicted. */
export class ConcurrencyConflictError extends Error {
  readonly code = 'CONCURRENCY.CONFLICT';
  constructor(
    readonly streamName: string,
    readonly attempts: number,
  ) {
    super(`Stream ${streamName} kept changing under the command (${attempts} attempts); try again`);
    this.name = 'ConcurrencyConflictError';
  }
}

/** An event in the store is not one this version of the ledger can read. */
export class UnreadableEventError extends Error {
  readonly code = 'STORE.UNREADABLE_EVENT';
  constructor(
    readonly eventId: string,
    readonly type: string,
  ) {
    super(`Event ${eventId} has type ${type}, which this ledger does not know`);
    this.name = 'UnreadableEventError';
  }
}
