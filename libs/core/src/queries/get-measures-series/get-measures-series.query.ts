import { type MeasuresSeries } from '@ledger/projections';
import { Query } from '@nestjs/cqrs';
import { type MeasuresRequest } from '../get-measures/get-measures.query';

/** At each month end of the window: snapshot, location and rolling 12-month stability. */
export class GetMeasuresSeriesQuery extends Query<MeasuresSeries> {
  constructor(readonly request: MeasuresRequest) {
    super();
  }
}
