import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportsService } from '../../audit/reports/reports.service';
import { type Restatement } from '../../audit/reports/restatement';
import { GetRestatementQuery } from './get-restatement.query';

@QueryHandler(GetRestatementQuery)
export class GetRestatementHandler implements IQueryHandler<GetRestatementQuery, Restatement> {
  constructor(private readonly reports: ReportsService) {}

  execute({ id, moments, withChildren }: GetRestatementQuery): Promise<Restatement> {
    return this.reports.restatement(id, moments, withChildren);
  }
}
