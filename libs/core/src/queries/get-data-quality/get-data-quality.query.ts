import { type ValidationReport } from '@ledger/ssda903';
import { Query } from '@nestjs/cqrs';

/** The data-quality report of a collection year: the DfE rules its return would fail. */
export class GetDataQualityQuery extends Query<ValidationReport> {
  constructor(readonly year: string) {
    super();
  }
}
