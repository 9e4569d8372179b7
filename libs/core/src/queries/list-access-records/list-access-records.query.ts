import { Query } from '@nestjs/cqrs';
import { type AccessRecord } from '../../commands/record-child-data-read/record-child-data-read.command';

export interface AccessQuery {
  readonly childId?: string;
  readonly subject?: string;
  /** Inclusive bounds on `at`, ISO instants or days. */
  readonly from?: string;
  readonly to?: string;
}

/** Who read a child's record and when: the access log's records matching every filter, oldest first. */
export class ListAccessRecordsQuery extends Query<AccessRecord[]> {
  constructor(readonly query: AccessQuery = {}) {
    super();
  }
}
