import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReportsService } from '../../audit/reports/reports.service';
import { type SavedReportSummary } from '../../audit/reports/saved-report';
import { ListReportsQuery } from './list-reports.query';

@QueryHandler(ListReportsQuery)
export class ListReportsHandler implements IQueryHandler<ListReportsQuery, SavedReportSummary[]> {
  constructor(private readonly reports: ReportsService) {}

  execute(): Promise<SavedReportSummary[]> {
    return this.reports.list();
  }
}
