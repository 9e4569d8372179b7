import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the expected revision: someone else appended first. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'CONCURRENCY.WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${stream} expected at ${String(expected)} but is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/**
 * Some of the appended event ids already exist in the stream, and the append is not a repeat
 * of an earlier one. (SQLite also refuses an id used in another stream; EventStoreDB has no
 * index by id across streams, so the ledger's ids include the stream name.)
 */
export class DuplicateEventIdError extends Error {
  readonly code = 'STORE.DUPLICATE_EVENT_ID';
  constructor(
    readonly stream: string,
    readonly eventId: string,
  ) {
    super(`Event id ${eventId} already exists and the append to ${stream} is not a repeat of it`);
    this.name = 'DuplicateEventIdError';
  }
}

/** The store could not be reached or failed; retrying may help. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE.UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The ledger was opened read-only (an auditor's copy, `serve --read-only`): it records nothing. */
export class LedgerReadOnlyError extends Error {
  readonly code = 'LEDGER.READ_ONLY';
  constructor(message = 'This ledger is open read-only: it answers queries and records nothing') {
    super(message);
    this.name = 'LedgerReadOnlyError';
  }
}
