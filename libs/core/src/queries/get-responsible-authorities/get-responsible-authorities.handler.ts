import { childStreamName } from '@ledger/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import {
  GetResponsibleAuthoritiesQuery,
  type ResponsibleAuthorities,
} from './get-responsible-authorities.query';

@QueryHandler(GetResponsibleAuthoritiesQuery)
export class GetResponsibleAuthoritiesHandler implements IQueryHandler<
  GetResponsibleAuthoritiesQuery,
  ResponsibleAuthorities
> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ childIds }: GetResponsibleAuthoritiesQuery): Promise<ResponsibleAuthorities> {
    const model = await this.readModels.measures();
    const authorities: Record<string, string | undefined> = {};
    for (const childId of childIds)
      authorities[childId] = model.timeline(childStreamName(childId))?.details?.responsibleAuthority;
    return authorities;
  }
}
