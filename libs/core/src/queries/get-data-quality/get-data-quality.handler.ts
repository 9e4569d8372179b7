import { DomainError, DomainErrorCode } from '@ledger/domain';
import { type EventStore } from '@ledger/event-store';
import { isCollectionYear, type ValidationReport } from '@ledger/ssda903';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { dataQualityReport } from '../../ssda903/data-quality';
import { EVENT_STORE } from '../../store/event-store.provider';
import { GetDataQualityQuery } from './get-data-quality.query';

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
