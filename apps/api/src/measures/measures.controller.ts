import { GetMeasuresQuery, GetMeasuresSeriesQuery, type MeasuresRequest, parseAsKnownAt } from '@ledger/core';
import { type MeasuresReport, type MeasuresSeries } from '@ledger/projections';
import { Controller, Get, Query, Req } from '@nestjs/common';
import { type Request } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { addYears } from '@ledger/domain';
import { type Principal, Requires } from '../auth/access';
import { ApiError } from '../errors/api-error';
import { fieldError } from '../errors/field-errors';
import { MeasuresQueryDto } from './measures.request.dto';

/** The longest window a series covers: 120 month ends is already a long chart. */
export const SERIES_MAX_YEARS = 10;

/** The window rules: `from` ≤ `to`, and for a series at most {@link SERIES_MAX_YEARS} years. */
/**
 * A user whose token names authorities sees the measures of one of them: the filter defaults
 * to their only authority, and must name one of theirs when they have several.
 */
function authorityFilter(query: MeasuresQueryDto, principal: Principal | undefined): string | undefined {
  const mine = principal?.authorities;
  if (mine === undefined) return query.responsibleAuthority;
  if (query.responsibleAuthority === undefined && mine.length === 1) return mine[0];
  if (query.responsibleAuthority !== undefined && mine.includes(query.responsibleAuthority)) {
    return query.responsibleAuthority;
  }
  throw new ApiError(
    'AUTH.FORBIDDEN',
    `responsibleAuthority: you may see the measures of ${mine.join(', ') || 'no authority'} only; name one`,
    'responsibleAuthority',
    { authorities: mine },
  );
}

export function measuresRequestOf(
  query: MeasuresQueryDto,
  maxYears?: number,
  principal?: Principal,
): MeasuresRequest {
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
      responsibleAuthority: authorityFilter(query, principal),
    },
  };
}

@ApiTags('measures')
@Controller()
export class MeasuresController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('measures')
  @Requires('measures.read')
  @ApiOperation({ summary: 'The measures report (docs/measures.md §9) for a window, as known at a moment' })
  @ApiOkResponse({ description: 'The report JSON' })
  report(@Query() query: MeasuresQueryDto, @Req() req: Request): Promise<MeasuresReport> {
    return this.queryBus.execute(new GetMeasuresQuery(measuresRequestOf(query, undefined, req.principal)));
  }

  @Get('measures/series')
  @Requires('measures.read')
  @ApiOperation({
    summary: 'At each month end of the window: snapshot, location and rolling 12-month stability',
  })
  @ApiOkResponse({ description: 'The series JSON' })
  series(@Query() query: MeasuresQueryDto, @Req() req: Request): Promise<MeasuresSeries> {
    return this.queryBus.execute(
      new GetMeasuresSeriesQuery(measuresRequestOf(query, SERIES_MAX_YEARS, req.principal)),
    );
  }
}
