/** Where an event came from. */
export type EventSource = 'api' | 'cli' | 'import' | 'demo';

/** Who recorded an event when signed in: the token's subject, roles and client (the app used). */
export interface SignedInIdentity {
  readonly subject: string;
  readonly displayName?: string;
  readonly roles: readonly string[];
  readonly clientId?: string;
}

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
  /** Present when the recorder signed in (`recordedBy` is then the token's subject). */
  readonly signedIn?: SignedInIdentity;
}
