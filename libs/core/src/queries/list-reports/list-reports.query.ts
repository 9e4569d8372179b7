import { Query } from '@nestjs/cqrs';
import { type SavedReportSummary } from '../../audit/reports/saved-report';

/** The reports kept as submitted, without the reports themselves. */
export class ListReportsQuery extends Query<SavedReportSummary[]> {}
