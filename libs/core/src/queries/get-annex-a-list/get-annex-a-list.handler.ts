import { DomainError, DomainErrorCode } from '@ledger/domain';
import { annexAList8, annexAList9, annexAList10, type AnnexAList } from '@ledger/projections';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelsService } from '../../read-models/read-models.service';
import { GetAnnexAListQuery } from './get-annex-a-list.query';

export const ANNEX_A_LISTS = { '8': annexAList8, '9': annexAList9, '10': annexAList10 } as const;
type ListKey = keyof typeof ANNEX_A_LISTS;

@QueryHandler(GetAnnexAListQuery)
export class GetAnnexAListHandler implements IQueryHandler<GetAnnexAListQuery, AnnexAList> {
  constructor(private readonly readModels: ReadModelsService) {}

  async execute({ list, date, asKnownAt }: GetAnnexAListQuery): Promise<AnnexAList> {
    if (!Object.prototype.hasOwnProperty.call(ANNEX_A_LISTS, list)) {
      throw new DomainError(
        DomainErrorCode.VALIDATION_INVALID_VALUE,
        `list must be 8, 9 or 10, got ${list}`,
        'list',
      );
    }
    // The projection checks the date and names it when it is not a day.
    const model = await this.readModels.measures();
    return ANNEX_A_LISTS[list as ListKey](model.timelines(asKnownAt), { date });
  }
}
