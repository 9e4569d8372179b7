import { Query } from '@nestjs/cqrs';

export interface LedgerStatus {
  /** Global position of the last event, as a decimal string; null when the ledger is empty. */
  readonly position: string | null;
  readonly events: number;
  readonly streams: number;
}

export class GetLedgerStatusQuery extends Query<LedgerStatus> {}
