import { type ImportRecord, ListImportsQuery } from '@ledger/core';
import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/access';

@ApiTags('audit')
@Controller('imports')
export class ImportsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Requires('audit.read')
  @ApiOperation({
    summary: 'Every import: its files, years, counts, who and when; its events are /audit/events?importId=',
  })
  imports(): Promise<ImportRecord[]> {
    return this.queryBus.execute(new ListImportsQuery());
  }
}
