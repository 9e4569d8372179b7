import { type CollectionYear } from '@ledger/ssda903';
import { Command } from '@nestjs/cqrs';
import { type ExportSummary } from '../../ssda903/ssda903-exporter';

export interface ExportReturnOptions {
  /** Include PL_DISTANCE, PL_LA and PL_LOCATION (the DfE derives them). */
  readonly derivedColumns?: boolean;
  /** Write nothing when the year fails any DfE rule. */
  readonly strict?: boolean;
}

/**
 * Writes a collection year's 903 CSVs from the ledger into a folder (docs/ssda903.md). It reads
 * the ledger only: the files are its output.
 */
export class ExportReturnCommand extends Command<ExportSummary> {
  constructor(
    readonly year: CollectionYear,
    readonly directory: string,
    readonly options: ExportReturnOptions = {},
  ) {
    super();
  }
}
