import { type ChildHistory, GetChildHistoryQuery, GetChildTimelineQuery, parseAsKnownAt } from '@ledger/core';
import { type ChildTimeline } from '@ledger/projections';
import { Controller, Get, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../../auth/access';
import { CHILD_ID_MESSAGE, CHILD_ID_PATTERN } from '../../children/child-id.pipe';
import { UiAccessGuard } from '../access/ui-access.guard';
import { UiExceptionFilter } from '../access/ui-exception.filter';
import { UiRenderer } from '../render/ui-renderer';
import { chronologyOf } from './chronology';

/** A child's chronology for a reviewer, and finding a child by id. */
@ApiExcludeController()
@Controller('ui/children')
@UseGuards(UiAccessGuard)
@UseFilters(UiExceptionFilter)
export class ChronologyPageController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly renderer: UiRenderer,
  ) {}

  @Get()
  @Requires('child.read')
  async find(@Req() req: Request, @Res() res: Response): Promise<void> {
    const given = typeof req.query.childId === 'string' ? req.query.childId.trim() : undefined;
    if (given !== undefined && CHILD_ID_PATTERN.test(given)) {
      res.redirect(303, `/ui/children/${encodeURIComponent(given)}`);
      return;
    }
    const error = given === undefined ? undefined : { text: CHILD_ID_MESSAGE };
    const html = await this.renderer.render('find-child.njk', req, {
      title: 'Find a child',
      section: 'children',
      childId: given,
      error,
    });
    res
      .status(error ? 400 : 200)
      .type('html')
      .send(html);
  }

  @Get(':childId')
  @Requires('child.read')
  async chronology(
    @Param('childId') childId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!CHILD_ID_PATTERN.test(childId)) {
      res.redirect(303, `/ui/children?childId=${encodeURIComponent(childId)}`);
      return;
    }
    const asKnownAtText = typeof req.query.asKnownAt === 'string' ? req.query.asKnownAt.trim() : '';
    const asKnownAt = parseAsKnownAt(asKnownAtText);
    const [timeline, history] = await Promise.all([
      this.queryBus.execute<GetChildTimelineQuery, ChildTimeline>(
        new GetChildTimelineQuery(childId, asKnownAt),
      ),
      this.queryBus.execute<GetChildHistoryQuery, ChildHistory>(new GetChildHistoryQuery(childId, asKnownAt)),
    ]);
    const html = await this.renderer.render('chronology.njk', req, {
      title: `Chronology of child ${childId}`,
      section: 'children',
      child: chronologyOf(timeline, history),
      asKnownAtText,
    });
    res.type('html').send(html);
  }
}
