import { Command } from '@nestjs/cqrs';
import { type DemoRequest } from '../../ssda903/demo';
import { type ImportSummary } from '../../ssda903/import-summary';

/**
 * Fills an empty ledger with a generated authority through the import path: one summary per
 * batch of children imported.
 */
export class FillDemoCommand extends Command<ImportSummary[]> {
  constructor(readonly request: DemoRequest) {
    super();
  }
}
