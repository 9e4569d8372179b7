import { Clock, GetMeasuresQuery, GetMeasuresSeriesQuery } from '@ledger/core';
import { AGE_BANDS, type MeasuresReport, type MeasuresSeries, PLACEMENT_GROUPS } from '@ledger/projections';
import { Controller, Get, Inject, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../../auth/access';
import { UiAccessGuard } from '../access/ui-access.guard';
import { UiExceptionFilter } from '../access/ui-exception.filter';
import { sendCsv, tableCsv } from '../csv/table-csv';
import { UiRenderer } from '../render/ui-renderer';
import { type UiConfig } from '../ui-config';
import { UI_CONFIG } from '../ui-tokens';
import { parseWindow, queryString, type WindowParams } from './dashboard-request';
import { columnsOf, FIGURE_TABLES, PLACEMENT_GROUP_LABELS, rowsOf } from './figures';
import { trendsOf } from './trends';

const AGE_BAND_LABELS: Record<string, string> = {
  under1: 'Under 1',
  '1-4': '1 to 4',
  '5-9': '5 to 9',
  '10-15': '10 to 15',
  '16+': '16 and over',
};

/** The performance team's dashboard: every figure of the report, its trends, and their CSVs. */
@ApiExcludeController()
@Controller('ui')
@UseGuards(UiAccessGuard)
@UseFilters(UiExceptionFilter)
export class DashboardPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly clock: Clock,
    private readonly renderer: UiRenderer,
    @Inject(UI_CONFIG) private readonly config: UiConfig,
  ) {}

  @Get()
  @Requires('measures.read')
  async dashboard(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { params, request, errors } = parseWindow(req.query, this.today());
    const form = {
      params,
      errors,
      errorOf: Object.fromEntries(
        errors.map((e): [string, { text: string }] => [e.field, { text: e.message }]).reverse(),
      ),
      placementGroups: PLACEMENT_GROUPS.map((g) => ({ value: g, text: PLACEMENT_GROUP_LABELS[g] })),
      ageBands: AGE_BANDS.map((b) => ({ value: b, text: AGE_BAND_LABELS[b] })),
    };
    if (!request) {
      res
        .status(400)
        .type('html')
        .send(
          await this.renderer.render('dashboard.njk', req, {
            title: 'Dashboard',
            section: 'dashboard',
            form,
          }),
        );
      return;
    }
    const [report, series] = await Promise.all([
      this.queryBus.execute<GetMeasuresQuery, MeasuresReport>(new GetMeasuresQuery(request)),
      this.queryBus.execute<GetMeasuresSeriesQuery, MeasuresSeries>(new GetMeasuresSeriesQuery(request)),
    ]);
    const query = queryString({ ...params });
    const tables = FIGURE_TABLES.map((table) => ({
      table,
      columns: columnsOf(table),
      rows: rowsOf(table, report),
    }));
    const trends = await trendsOf(series, this.config.targets);
    res.type('html').send(
      await this.renderer.render('dashboard.njk', req, {
        title: 'Dashboard',
        section: 'dashboard',
        form,
        report,
        tables,
        trends,
        query,
        filterWords: this.filterWords(params),
      }),
    );
  }

  /** Any table of the dashboard as CSV: the same rows and cells as on the page. */
  @Get('measures.csv')
  @Requires('measures.read')
  async csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { request, errors } = parseWindow(req.query, this.today());
    const id = typeof req.query.table === 'string' ? req.query.table : '';
    if (!request) {
      res
        .status(400)
        .type('text')
        .send(errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
      return;
    }
    const table = FIGURE_TABLES.find((t) => t.id === id);
    if (table) {
      const report = await this.queryBus.execute<GetMeasuresQuery, MeasuresReport>(
        new GetMeasuresQuery(request),
      );
      const columns = columnsOf(table);
      const rows = rowsOf(table, report).map((row) => columns.map((c) => row.cells[c.key]));
      sendCsv(
        res,
        `${id}-${request.from}-${request.to}.csv`,
        tableCsv(
          columns.map((c) => c.heading),
          rows,
        ),
      );
      return;
    }
    const series = await this.queryBus.execute<GetMeasuresSeriesQuery, MeasuresSeries>(
      new GetMeasuresSeriesQuery(request),
    );
    const trend = (await trendsOf(series, this.config.targets)).find((t) => t.id === id);
    if (!trend) {
      res.status(404).type('text').send(`No table ${id} on the dashboard`);
      return;
    }
    const headings = trend.isRatio
      ? ['Month end', 'Number', 'Out of', 'Per cent']
      : ['Month end', 'Children'];
    const rows = trend.rows.map((r) =>
      trend.isRatio ? [r.monthEnd, r.number, r.outOf, r.percent] : [r.monthEnd, r.number],
    );
    sendCsv(res, `${id}-${request.from}-${request.to}.csv`, tableCsv(headings, rows));
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private filterWords(params: WindowParams): string[] {
    const words: string[] = [];
    if (params.placementGroup)
      words.push(PLACEMENT_GROUP_LABELS[params.placementGroup as 'foster'] ?? params.placementGroup);
    if (params.ageBand) words.push(`aged ${AGE_BAND_LABELS[params.ageBand] ?? params.ageBand}`);
    if (params.responsibleAuthority) words.push(`authority ${params.responsibleAuthority}`);
    return words;
  }
}
