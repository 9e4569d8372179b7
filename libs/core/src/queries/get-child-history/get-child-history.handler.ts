import { childStreamName, DomainError, DomainErrorCode } from '@ledger/domain';
import { type EventStore } from '@ledger/event-store';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '../../store/event-store.provider';
import { readChildStream } from '../../write/stream-events';
import { type ChildHistory, childHistory } from './child-history';
import { GetChildHistoryQuery } from './get-child-history.query';

@QueryHandler(GetChildHistoryQuery)
export class GetChildHistoryHandler implements IQueryHandler<GetChildHistoryQuery, ChildHistory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ childId, asKnownAt }: GetChildHistoryQuery): Promise<ChildHistory> {
    const events = await readChildStream(this.store, childStreamName(childId));
    const history = childHistory(childId, events, asKnownAt);
    if (history.entries.length === 0) {
      throw new DomainError(DomainErrorCode.CHILD_NOT_FOUND, `No child ${childId} in the ledger`, 'childId', {
        childId,
      });
    }
    return history;
  }
}
