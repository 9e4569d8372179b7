import { type Backtest } from '@ledger/forecast';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ForecastRunner } from './forecast-runner';
import { type ForecastReport, GetForecastBacktestQuery, GetForecastQuery } from './forecast.query';

@QueryHandler(GetForecastQuery)
export class GetForecastHandler implements IQueryHandler<GetForecastQuery, ForecastReport> {
  constructor(private readonly runner: ForecastRunner) {}

  execute({ request }: GetForecastQuery): Promise<ForecastReport> {
    return this.runner.forecast(request);
  }
}

@QueryHandler(GetForecastBacktestQuery)
export class GetForecastBacktestHandler implements IQueryHandler<GetForecastBacktestQuery, Backtest> {
  constructor(private readonly runner: ForecastRunner) {}

  execute({ request }: GetForecastBacktestQuery): Promise<Backtest> {
    return this.runner.backtest(request);
  }
}
