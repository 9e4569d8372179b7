import { type EventStore } from '@ledger/event-store';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ExportSummary, exportReturn } from '../../ssda903/ssda903-exporter';
import { EVENT_STORE } from '../../store/event-store.provider';
import { ExportReturnCommand } from './export-return.command';

@CommandHandler(ExportReturnCommand)
export class ExportReturnHandler implements ICommandHandler<ExportReturnCommand, ExportSummary> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ year, directory, options }: ExportReturnCommand): Promise<ExportSummary> {
    return exportReturn(this.store, year, directory, options);
  }
}
