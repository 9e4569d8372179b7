import {
  ChildList,
  GetMeasuresQuery,
  GetMeasuresSeriesQuery,
  ListChildrenQuery,
  type MeasuresRequest,
  parseAsKnownAt,
} from '@ledger/core';
import { type MeasuresReport, type MeasuresSeries } from '@ledger/projections';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MeasuresQueryDto } from './measures.request.dto';

export function measuresRequestOf(query: MeasuresQueryDto): MeasuresRequest {
  return {
    from: query.from,
    to: query.to,
    asKnownAt: parseAsKnownAt(query.asKnownAt),
    filters: {
      placementGroup: query.placementGroup,
      ageBand: query.ageBand,
      responsibleAuthority: query.responsibleAuthority,
    },
  };
}

@ApiTags('measures')
@Controller()
export class MeasuresController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('measures')
  @ApiOperation({ summary: 'The measures report (docs/measures.md §9) for a window, as known at a moment' })
  @ApiOkResponse({ description: 'The report JSON' })
  report(@Query() query: MeasuresQueryDto): Promise<MeasuresReport> {
    return this.queryBus.execute(new GetMeasuresQuery(measuresRequestOf(query)));
  }

  @Get('measures/series')
  @ApiOperation({
    summary: 'At each month end of the window: snapshot, location and rolling 12-month stability',
  })
  @ApiOkResponse({ description: 'The series JSON' })
  series(@Query() query: MeasuresQueryDto): Promise<MeasuresSeries> {
    return this.queryBus.execute(new GetMeasuresSeriesQuery(measuresRequestOf(query)));
  }

  @Get('children')
  @ApiTags('children')
  @ApiOperation({
    summary: 'The children in the ledger, with how much is known of each and when it was last recorded',
  })
  children(): Promise<ChildList> {
    return this.queryBus.execute(new ListChildrenQuery());
  }
}
