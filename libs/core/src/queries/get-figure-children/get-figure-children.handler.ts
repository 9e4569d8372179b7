import { type FigureMember, figureChildren } from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { GetFigureChildrenQuery } from './get-figure-children.query';

@QueryHandler(GetFigureChildrenQuery)
export class GetFigureChildrenHandler implements IQueryHandler<GetFigureChildrenQuery, FigureMember[]> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ request, figure }: GetFigureChildrenQuery): Promise<FigureMember[]> {
    const model = await this.readModels.measures();
    return figureChildren(model.timelines(request.asKnownAt), request, figure);
  }
}
