import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportsService } from '../../audit/reports/reports.service';
import { type SavedReport } from '../../audit/reports/saved-report';
import { GetReportQuery } from './get-report.query';

@QueryHandler(GetReportQuery)
export class GetReportHandler implements IQueryHandler<GetReportQuery, SavedReport> {
  constructor(private readonly reports: ReportsService) {}

  execute({ id }: GetReportQuery): Promise<SavedReport> {
    return this.reports.get(id);
  }
}
