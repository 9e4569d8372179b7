import { annexAListCsv, Clock, GetAnnexAListQuery, parseAsKnownAt } from '@ledger/core';
import { isLocalDate } from '@ledger/domain';
import { type AnnexAList } from '@ledger/projections';
import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../../auth/access';
import { UiAccessGuard } from '../access/ui-access.guard';
import { UiExceptionFilter } from '../access/ui-exception.filter';
import { sendCsv } from '../csv/table-csv';
import { queryString } from '../dashboard/dashboard-request';
import { UiRenderer } from '../render/ui-renderer';

const LIST_NAMES: Record<string, string> = {
  '8': 'List 8: children in care',
  '9': 'List 9: care leavers',
  '10': 'List 10: adoption',
};

/** "dateStartedLookedAfter" as "Date started looked after". */
export function headingOf(column: string): string {
  const words = column
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The Ofsted Annex A lists 8, 9 and 10 for a date, as tables with their CSV (the API's own CSV). */
@ApiExcludeController()
@Controller('ui/inspection')
@UseGuards(UiAccessGuard)
@UseFilters(UiExceptionFilter)
export class InspectionPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly clock: Clock,
    private readonly renderer: UiRenderer,
  ) {}

  @Get()
  @Requires('inspection.read')
  async lists(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { list, date, asKnownAt, error } = this.parse(req);
    const base = {
      title: LIST_NAMES[list] ?? 'Inspection lists',
      section: 'inspection',
      list,
      date,
      asKnownAt,
      lists: LIST_NAMES,
    };
    if (error) {
      res
        .status(400)
        .type('html')
        .send(await this.renderer.render('inspection.njk', req, { ...base, error }));
      return;
    }
    const result = await this.queryBus.execute<GetAnnexAListQuery, AnnexAList>(
      new GetAnnexAListQuery(list, date, parseAsKnownAt(asKnownAt)),
    );
    const html = await this.renderer.render('inspection.njk', req, {
      ...base,
      headings: result.columns.map(headingOf),
      rows: result.rows.map((row) => result.columns.map((c) => (row[c] === null ? '' : String(row[c])))),
      childColumn: result.columns.indexOf('childId'),
      csvHref: `/ui/inspection/list.csv${queryString({ list, date, asKnownAt })}`,
    });
    res.type('html').send(html);
  }

  @Get('list.csv')
  @Requires('inspection.read')
  async csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { list, date, asKnownAt, error } = this.parse(req);
    if (error) {
      res.status(400).type('text').send(error);
      return;
    }
    const result = await this.queryBus.execute<GetAnnexAListQuery, AnnexAList>(
      new GetAnnexAListQuery(list, date, parseAsKnownAt(asKnownAt)),
    );
    sendCsv(res, `annex-a-list-${list}-${date}.csv`, annexAListCsv(result));
  }

  private parse(req: Request): { list: string; date: string; asKnownAt?: string; error?: string } {
    const text = (name: string) => (typeof req.query[name] === 'string' ? req.query[name].trim() : '');
    const list = text('list') || '8';
    const date = text('date') || this.clock.now().toISOString().slice(0, 10);
    const asKnownAt = text('asKnownAt') || undefined;
    if (!LIST_NAMES[list]) return { list, date, asKnownAt, error: 'Choose list 8, 9 or 10' };
    if (!isLocalDate(date))
      return { list, date, asKnownAt, error: 'The date must be a calendar date written YYYY-MM-DD' };
    return { list, date, asKnownAt };
  }
}
