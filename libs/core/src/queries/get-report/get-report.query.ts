import { Query } from '@nestjs/cqrs';
import { type SavedReport } from '../../audit/reports/saved-report';

/** One report as submitted; `ReportNotFoundError` when there is none of that id. */
export class GetReportQuery extends Query<SavedReport> {
  constructor(readonly id: string) {
    super();
  }
}
