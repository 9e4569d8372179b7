import { type Backtest } from '@ledger/forecast';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ForecastRunner } from '../get-forecast/forecast-runner';
import { GetForecastBacktestQuery } from './get-forecast-backtest.query';

@QueryHandler(GetForecastBacktestQuery)
export class GetForecastBacktestHandler implements IQueryHandler<GetForecastBacktestQuery, Backtest> {
  constructor(private readonly runner: ForecastRunner) {}

  execute({ request }: GetForecastBacktestQuery): Promise<Backtest> {
    return this.runner.backtest(request);
  }
}
