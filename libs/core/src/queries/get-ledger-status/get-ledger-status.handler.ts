import { type EventStore } from '@ledger/event-store';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '../../store/event-store.provider';
import { GetLedgerStatusQuery, type LedgerStatus } from './get-ledger-status.query';

@QueryHandler(GetLedgerStatusQuery)
export class GetLedgerStatusHandler implements IQueryHandler<GetLedgerStatusQuery, LedgerStatus> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(): Promise<LedgerStatus> {
    const stats = await this.store.stats();
    // Counts are far below 2^53 for any authority; positions stay strings.
    return {
      position: stats.position === null ? null : stats.position.toString(),
      events: Number(stats.events),
      streams: Number(stats.streams),
    };
  }
}
