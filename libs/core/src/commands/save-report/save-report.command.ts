import { Command } from '@nestjs/cqrs';
import { type SavedReport, type SaveReportRequest } from '../../audit/reports/saved-report';

/** Keeps the measures report for a window as submitted: the report, its position and a checkpoint. */
export class SaveReportCommand extends Command<SavedReport> {
  constructor(
    readonly request: SaveReportRequest,
    readonly savedBy: string,
  ) {
    super();
  }
}
