import {
  type BacktestRequest,
  type ForecastReport,
  type ForecastRequest,
  GetForecastBacktestQuery,
  GetForecastQuery,
  parseAsKnownAt,
} from '@ledger/core';
import { type Backtest } from '@ledger/forecast';
import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/access';
import { BacktestQueryDto, ForecastQueryDto } from './forecast.request.dto';

export function forecastRequestOf(query: ForecastQueryDto): ForecastRequest {
  return {
    origin: query.origin,
    asKnownAt: parseAsKnownAt(query.asKnownAt),
    horizonMonths: query.horizonMonths,
    referenceMonths: query.referenceMonths,
    scenario: { entryRateChange: query.entryRateChange, residentialToFoster: query.residentialToFoster },
  };
}

export function backtestRequestOf(query: BacktestQueryDto): BacktestRequest {
  return { asKnownAt: parseAsKnownAt(query.asKnownAt), referenceMonths: query.referenceMonths };
}

/** Sufficiency: how many homes of each kind will be needed. Aggregates only, never a child. */
@ApiTags('forecast')
@Controller('forecast')
@Requires('measures.read')
export class ForecastController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'The stock of children looked after by placement group and age band, month by month, with a 90% band and the backtest scores',
  })
  @ApiOkResponse({ description: 'The forecast JSON (docs/forecast.md)' })
  forecast(@Query() query: ForecastQueryDto): Promise<ForecastReport> {
    return this.queryBus.execute(new GetForecastQuery(forecastRequestOf(query)));
  }

  @Get('backtest')
  @ApiOperation({
    summary:
      'The forecast backtested at monthly origins, each as the ledger first knew it: MASE, MAPE by group, bias, coverage',
  })
  @ApiOkResponse({ description: 'The backtest JSON (docs/forecast.md)' })
  backtest(@Query() query: BacktestQueryDto): Promise<Backtest> {
    return this.queryBus.execute(new GetForecastBacktestQuery(backtestRequestOf(query)));
  }
}
