import { type EventStore } from '@ledger/event-store';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fillDemo } from '../../ssda903/demo';
import { type ImportSummary } from '../../ssda903/import-summary';
import { Ssda903Importer } from '../../ssda903/ssda903-importer';
import { EVENT_STORE } from '../../store/event-store.provider';
import { FillDemoCommand } from './fill-demo.command';

@CommandHandler(FillDemoCommand)
export class FillDemoHandler implements ICommandHandler<FillDemoCommand, ImportSummary[]> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly importer: Ssda903Importer,
  ) {}

  execute({ request }: FillDemoCommand): Promise<ImportSummary[]> {
    return fillDemo(this.store, this.importer, request);
  }
}
