import { Query } from '@nestjs/cqrs';
import type { AsKnownAt } from '../as-known-at';
import type { ChildHistory } from './child-history';

export class GetChildHistoryQuery extends Query<ChildHistory> {
  constructor(
    readonly childId: string,
    readonly asKnownAt?: AsKnownAt,
  ) {
    super();
  }
}
