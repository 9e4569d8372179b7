import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditService } from '../../audit/audit.service';
import { GetLastCheckpointTimeQuery } from './get-last-checkpoint-time.query';

@QueryHandler(GetLastCheckpointTimeQuery)
export class GetLastCheckpointTimeHandler implements IQueryHandler<
  GetLastCheckpointTimeQuery,
  string | undefined
> {
  constructor(private readonly audit: AuditService) {}

  execute(): Promise<string | undefined> {
    return this.audit.lastCheckpointTime();
  }
}
