import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { LEDGER_CONFIG } from '../../config/config.provider';
import { type LedgerConfig } from '../../config/ledger-config';
import { type ImportSummary } from '../../ssda903/import-summary';
import { Ssda903Importer } from '../../ssda903/ssda903-importer';
import { ImportReturnsCommand } from './import-returns.command';

@CommandHandler(ImportReturnsCommand)
export class ImportReturnsHandler implements ICommandHandler<ImportReturnsCommand, ImportSummary> {
  constructor(
    private readonly importer: Ssda903Importer,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  execute({ paths, request }: ImportReturnsCommand): Promise<ImportSummary> {
    return this.importer.importFiles(paths, {
      ...request,
      recordedBy: request.recordedBy ?? this.config.defaultRecordedBy,
    });
  }
}
