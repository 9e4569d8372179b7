import { GetDataQualityQuery } from '@ledger/core';
import { type ValidationReport } from '@ledger/ssda903';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/access';

@ApiTags('returns')
@Controller('data-quality')
export class DataQualityController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Requires('returns.quality')
  @ApiOperation({
    summary:
      "A collection year's data against the DfE's 903 validation rules: every rule checked, and each failure with the child, table, field and the event to correct",
  })
  @ApiQuery({ name: 'year', description: 'The collection year, e.g. 2023-24' })
  @ApiOkResponse({
    description:
      '{ year, rules: [{ code, message }], failures: [{ rule, message, childId, table, field, eventId }] }',
  })
  report(@Query('year') year: string | undefined): Promise<ValidationReport> {
    return this.queryBus.execute(new GetDataQualityQuery(typeof year === 'string' ? year : ''));
  }
}
