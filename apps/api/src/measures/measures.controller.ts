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
import { addYears } from '@ledger/domain';
import { Requires } from '../auth/access';
import { fieldError } from '../errors/field-errors';
import { MeasuresQueryDto } from './measures.request.dto';

/** The longest window a series covers: 120 month ends is already a long chart. */
export const SERIES_MAX_YEARS = 10;

/** The window rules: `from` ≤ `to`, and for a series at most {@link SERIES_MAX_YEARS} years. */
export function measuresRequestOf(query: MeasuresQueryDto, maxYears?: number): MeasuresRequest {
  if (query.from > query.to) throw fieldError('from', `must not be after to (${query.to})`);
  if (maxYears !== undefined && addYears(query.from, maxYears) < query.to) {
    throw fieldError('to', `a series covers at most ${maxYears} years from from (${query.from})`);
  }
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
  @Requires('measures.read')
  @ApiOperation({ summary: 'The measures report (measures.md section 9) for a window, as known at a moment' })
  @ApiOkResponse({ description: 'The report JSON' })
  report(@Query() query: MeasuresQueryDto): Promise<MeasuresReport> {
    return this.queryBus.execute(new GetMeasuresQuery(measuresRequestOf(query)));
  }

  @Get('measures/series')
  @Requires('measures.read')
  @ApiOperation({
    summary: 'At each month end of the window: snapshot, location and rolling 12-month stability',
  })
  @ApiOkResponse({ description: 'The series JSON' })
  series(@Query() query: MeasuresQueryDto): Promise<MeasuresSeries> {
    return this.queryBus.execute(new GetMeasuresSeriesQuery(measuresRequestOf(query, SERIES_MAX_YEARS)));
  }

  @Get('children')
  @Requires('child.read')
  @ApiTags('children')
  @ApiOperation({
    summary: 'The children in the ledger, with how much is known of each and when it was last recorded',
  })
  children(): Promise<ChildList> {
    return this.queryBus.execute(new ListChildrenQuery());
  }
}
