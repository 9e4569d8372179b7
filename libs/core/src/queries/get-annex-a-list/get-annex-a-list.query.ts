import { type LocalDate } from '@ledger/domain';
import { type AnnexAList } from '@ledger/projections';
import { Query } from '@nestjs/cqrs';
import { type AsKnownAt } from '../as-known-at';

/** An Ofsted ILACS Annex A list (8 children in care, 9 care leavers, 10 adoption) on a date. */
export class GetAnnexAListQuery extends Query<AnnexAList> {
  constructor(
    readonly list: string,
    readonly date: LocalDate,
    readonly asKnownAt?: AsKnownAt,
  ) {
    super();
  }
}
