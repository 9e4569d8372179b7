import { type FigureMember, figureChildren } from '@ledger/projections';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { type MeasuresRequest } from '../measures/get-measures.query';

/** The children counted in one figure of the report (a dotted path such as `stability.longTerm`). */
export class GetFigureChildrenQuery extends Query<FigureMember[]> {
  constructor(
    readonly request: MeasuresRequest,
    readonly figure: string,
  ) {
    super();
  }
}

@QueryHandler(GetFigureChildrenQuery)
export class GetFigureChildrenHandler implements IQueryHandler<GetFigureChildrenQuery, FigureMember[]> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ request, figure }: GetFigureChildrenQuery): Promise<FigureMember[]> {
    const model = await this.readModels.measures();
    return figureChildren(model.timelines(request.asKnownAt), request, figure);
  }
}
