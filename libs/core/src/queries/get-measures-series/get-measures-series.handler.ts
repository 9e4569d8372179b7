import { type MeasuresSeries } from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { yieldToEventLoop } from '../get-measures/get-measures.handler';
import { GetMeasuresSeriesQuery } from './get-measures-series.query';

@QueryHandler(GetMeasuresSeriesQuery)
export class GetMeasuresSeriesHandler implements IQueryHandler<GetMeasuresSeriesQuery, MeasuresSeries> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ request }: GetMeasuresSeriesQuery): Promise<MeasuresSeries> {
    return (await this.readModels.measures()).seriesInSlices(request, yieldToEventLoop);
  }
}
