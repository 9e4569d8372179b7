import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditService } from '../../audit/audit.service';
import { type TrailPage } from '../../audit/trail/audit-trail';
import { GetAuditTrailQuery } from './get-audit-trail.query';

@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery, TrailPage> {
  constructor(private readonly audit: AuditService) {}

  execute({ query }: GetAuditTrailQuery): Promise<TrailPage> {
    return this.audit.trail(query);
  }
}
