import { type Backtest } from '@ledger/forecast';
import { Query } from '@nestjs/cqrs';
import { type AsKnownAt } from '../as-known-at';

export interface BacktestRequest {
  readonly asKnownAt?: AsKnownAt;
  readonly referenceMonths?: number;
}

/** The forecast's backtest over the ledger's history, each origin as the ledger first knew it. */
export class GetForecastBacktestQuery extends Query<Backtest> {
  constructor(readonly request: BacktestRequest) {
    super();
  }
}
