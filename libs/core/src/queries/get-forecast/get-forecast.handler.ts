import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ForecastRunner } from './forecast-runner';
import { type ForecastReport, GetForecastQuery } from './get-forecast.query';

@QueryHandler(GetForecastQuery)
export class GetForecastHandler implements IQueryHandler<GetForecastQuery, ForecastReport> {
  constructor(private readonly runner: ForecastRunner) {}

  execute({ request }: GetForecastQuery): Promise<ForecastReport> {
    return this.runner.forecast(request);
  }
}
