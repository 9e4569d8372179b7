import { DomainError, DomainErrorCode } from '@ledger/domain';
import { type EventStore } from '@ledger/event-store';
import { isCollectionYear, type ValidationReport } from '@ledger/ssda903';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { dataQualityReport } from '../../ssda903/data-quality';
import { EVENT_STORE } from '../../store/event-store.provider';

/** The data-quality report of a collection year: the DfE rules its return would fail. */
export class GetDataQualityQuery extends Query<ValidationReport> {
  constructor(readonly year: string) {
    super();
  }
}

@QueryHandler(GetDataQualityQuery)
export class GetDataQualityHandler implements IQueryHandler<GetDataQualityQuery, ValidationReport> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ year }: GetDataQualityQuery): Promise<ValidationReport> {
    if (!isCollectionYear(year))
      throw new DomainError(
        DomainErrorCode.VALIDATION_INVALID_VALUE,
        `year must be a collection year like 2023-24, got '${String(year).slice(0, 20)}'`,
        'year',
      );
    return dataQualityReport(this.store, year);
  }
}
