import { type MeasuresReport, type MeasuresSeries } from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { GetMeasuresQuery, GetMeasuresSeriesQuery } from './get-measures.query';

@QueryHandler(GetMeasuresQuery)
export class GetMeasuresHandler implements IQueryHandler<GetMeasuresQuery, MeasuresReport> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ request }: GetMeasuresQuery): Promise<MeasuresReport> {
    return (await this.readModels.measures()).report(request);
  }
}

@QueryHandler(GetMeasuresSeriesQuery)
export class GetMeasuresSeriesHandler implements IQueryHandler<GetMeasuresSeriesQuery, MeasuresSeries> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ request }: GetMeasuresSeriesQuery): Promise<MeasuresSeries> {
    return (await this.readModels.measures()).series(request);
  }
}
