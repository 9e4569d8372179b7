import { type LocalDate } from '@ledger/domain';
import { type Forecast, type HorizonScore, type Scenario } from '@ledger/forecast';
import { Query } from '@nestjs/cqrs';
import { type AsKnownAt } from '../as-known-at';

export interface ForecastRequest {
  readonly origin?: LocalDate;
  readonly asKnownAt?: AsKnownAt;
  readonly horizonMonths?: number;
  readonly referenceMonths?: number;
  readonly scenario?: Scenario;
}

/** The forecast with the backtest's scores beside it (docs/forecast.md §6). */
export type ForecastReport = Pick<
  Forecast,
  'origin' | 'asKnownAt' | 'referenceWindow' | 'horizonMonths' | 'months'
> & {
  readonly backtest: { readonly horizons: readonly HorizonScore[] };
  readonly method: Forecast['method'];
};

/** How many homes of each kind will be needed: the stock forecast by group and age band. */
export class GetForecastQuery extends Query<ForecastReport> {
  constructor(readonly request: ForecastRequest) {
    super();
  }
}
