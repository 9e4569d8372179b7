import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReportsService } from '../../audit/reports/reports.service';
import { type SavedReport } from '../../audit/reports/saved-report';
import { SaveReportCommand } from './save-report.command';

@CommandHandler(SaveReportCommand)
export class SaveReportHandler implements ICommandHandler<SaveReportCommand, SavedReport> {
  constructor(private readonly reports: ReportsService) {}

  execute({ request, savedBy }: SaveReportCommand): Promise<SavedReport> {
    return this.reports.save(request, savedBy);
  }
}
