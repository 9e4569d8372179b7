import { type MeasuresReport } from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { GetMeasuresQuery } from './get-measures.query';

/**
 * Lets the event loop run (commands, other requests) between slices of a report: a report over
 * every child does not hold up the writes of the same process for its whole duration.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

@QueryHandler(GetMeasuresQuery)
export class GetMeasuresHandler implements IQueryHandler<GetMeasuresQuery, MeasuresReport> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ request }: GetMeasuresQuery): Promise<MeasuresReport> {
    return (await this.readModels.measures()).reportInSlices(request, yieldToEventLoop);
  }
}
