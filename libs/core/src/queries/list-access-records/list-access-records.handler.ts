import { type EventStore } from '@ledger/event-store';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  ACCESS_LOG_STREAM,
  type AccessRecord,
  CHILD_DATA_READ,
} from '../../commands/record-child-data-read/record-child-data-read.command';
import { EVENT_STORE } from '../../store/event-store.provider';
import { ListAccessRecordsQuery } from './list-access-records.query';

@QueryHandler(ListAccessRecordsQuery)
export class ListAccessRecordsHandler implements IQueryHandler<ListAccessRecordsQuery, AccessRecord[]> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ query }: ListAccessRecordsQuery): Promise<AccessRecord[]> {
    const found: AccessRecord[] = [];
    // A bare day as the upper bound takes in the whole of that day.
    const to = query.to !== undefined && query.to.length === 10 ? `${query.to}T23:59:59.999Z` : query.to;
    for await (const event of this.store.readStream(ACCESS_LOG_STREAM)) {
      if (event.type !== CHILD_DATA_READ) continue;
      const r = event.data as AccessRecord;
      if (query.childId !== undefined && !r.children.includes(query.childId)) continue;
      if (query.subject !== undefined && r.subject !== query.subject) continue;
      if (query.from !== undefined && r.at < query.from) continue;
      if (to !== undefined && r.at > to) continue;
      found.push(r);
    }
    return found;
  }
}
