import { Clock, GetFigureChildrenQuery } from '@ledger/core';
import { type FigureMember } from '@ledger/projections';
import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../../auth/access';
import { UiAccessGuard } from '../access/ui-access.guard';
import { UiExceptionFilter } from '../access/ui-exception.filter';
import { parseWindow, queryString } from '../dashboard/dashboard-request';
import { findFigure } from '../dashboard/figures';
import { UiRenderer } from '../render/ui-renderer';

/** Behind a figure: the children counted in it, each linked to their chronology. Never for analysts. */
@ApiExcludeController()
@Controller('ui/figures')
@UseGuards(UiAccessGuard)
@UseFilters(UiExceptionFilter)
export class FigurePageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly clock: Clock,
    private readonly renderer: UiRenderer,
  ) {}

  @Get(':figure')
  @Requires('child.read')
  async figure(@Param('figure') path: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const figure = findFigure(path);
    const { params, request, errors } = parseWindow(req.query, this.clock.now().toISOString().slice(0, 10));
    if (!figure || !request) {
      const lines = figure ? errors.map((e) => e.message) : [`There is no figure ${path} on the dashboard.`];
      const html = await this.renderer.render('error.njk', req, { title: 'There is a problem', lines });
      res
        .status(figure ? 400 : 404)
        .type('html')
        .send(html);
      return;
    }
    const members = await this.queryBus.execute<GetFigureChildrenQuery, FigureMember[]>(
      new GetFigureChildrenQuery(request, path),
    );
    const html = await this.renderer.render('figure.njk', req, {
      title: figure.label,
      section: 'dashboard',
      figure,
      params,
      query: queryString({ ...params }),
      members,
      numerator: members.reduce((sum, m) => sum + m.numerator, 0),
      denominator: members.reduce((sum, m) => sum + m.denominator, 0),
    });
    res.type('html').send(html);
  }
}
