import { Query } from '@nestjs/cqrs';
import { type TrailPage, type TrailQuery } from '../../audit/trail/audit-trail';

/** The trail by recorded time: every event as the ledger learned it, who, from where, in words; paged. */
export class GetAuditTrailQuery extends Query<TrailPage> {
  constructor(readonly query: TrailQuery) {
    super();
  }
}
