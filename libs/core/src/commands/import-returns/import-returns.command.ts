import { Command } from '@nestjs/cqrs';
import { type ImportSummary } from '../../ssda903/import-summary';
import { type ImportOptions } from '../../ssda903/ssda903-importer';

/** What an import takes besides its paths; `recordedBy` defaults to the configured recorder. */
export type ImportReturnsRequest = Omit<ImportOptions, 'recordedBy' | 'source'> & {
  readonly recordedBy?: string;
};

/**
 * Imports 903 returns (CSV files or folders of them), several years at once, amendments as
 * corrections: each child whole or not at all (docs/ssda903.md).
 */
export class ImportReturnsCommand extends Command<ImportSummary> {
  constructor(
    readonly paths: readonly string[],
    readonly request: ImportReturnsRequest,
  ) {
    super();
  }
}
