import { annexAListCsv, GetAnnexAListQuery, parseAsKnownAt } from '@ledger/core';
import { type AnnexAList } from '@ledger/projections';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { isSupportedDate } from '@ledger/domain';
import { Requires } from '../auth/access';
import { AccessLog } from '../auth/access-log/access-log';
import { AuthorityScope } from '../auth/authority-scope';
import { fieldError } from '../errors/field-errors';

@ApiTags('inspection')
@Controller('inspection/annex-a')
export class InspectionController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly accessLog: AccessLog,
    private readonly scope: AuthorityScope,
  ) {}

  @Get('lists/:list')
  @Requires('inspection.read')
  @ApiOperation({
    summary: 'An Ofsted ILACS Annex A list on a date: 8 children in care, 9 care leavers, 10 adoption',
  })
  @ApiParam({ name: 'list', enum: ['8', '9', '10'] })
  @ApiQuery({ name: 'date', description: 'The inspection date, YYYY-MM-DD' })
  @ApiQuery({ name: 'asKnownAt', required: false, description: 'An ISO time or a global position' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiOkResponse({ description: '{ list, date, columns, rows } or CSV' })
  async list(
    @Param('list') list: string,
    @Query('date') date: string,
    @Query('asKnownAt') asKnownAt: string | undefined,
    @Query('format') format: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AnnexAList | string> {
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      throw fieldError('format', 'must be json or csv');
    }
    if (!isSupportedDate(date)) {
      throw fieldError('date', 'must be a calendar date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31');
    }
    const all: AnnexAList = await this.queryBus.execute(
      new GetAnnexAListQuery(list, date ?? '', parseAsKnownAt(asKnownAt)),
    );
    const result = { ...all, rows: await this.scope.filter(req.principal, all.rows, (row) => row.childId) };
    // The list names children: who read it is recorded before it goes out.
    await this.accessLog.recordRead(
      req,
      result.rows.map((row) => String(row.childId)),
    );
    if (format !== 'csv') return result;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="annex-a-list-${list}-${date}.csv"`);
    return annexAListCsv(result);
  }
}
