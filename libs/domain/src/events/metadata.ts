/** Where an event came from. */
export type EventSource = 'api' | 'cli' | 'import' | 'demo';

/**
 * Metadata stored with every event. `recordedAt` is when the ledger learned the fact
 * (an ISO instant from the injected clock); it is what "as known at" compares.
 */
export interface EventMetadata {
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly source: EventSource;
  /** A fingerprint of the command that produced the event, to tell a repeat from a reused key. */
  readonly commandHash?: string;
}
