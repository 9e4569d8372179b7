import {
  ChildHistory,
  type ChildList,
  GetChildHistoryQuery,
  GetChildTimelineQuery,
  ListChildrenQuery,
  parseAsKnownAt,
} from '@ledger/core';
import { type ChildTimeline } from '@ledger/projections';
import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiQuery } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../auth/access';
import { AccessLogged, childOfRoute } from '../auth/access-log/access-logged.interceptor';
import { toChangeCommands } from './change-commands';
import { AuthorityScope } from '../auth/authority-scope';
import {
  ChildCommandEndpoint,
  ChildCommandRunner,
  ChildCommandsApi,
  CommandHeaders,
} from './child-command.runner';
import { ChildIdPipe } from './child-id.pipe';
import { CommandResultDto } from './command-result.dto';
import { RecordChangeRequestDto } from './dto/change.request.dto';
import { RegisterChildRequestDto, UpdateChildDetailsRequestDto } from './dto/child-details.request.dto';
import { ChildrenListQueryDto } from './dto/children-list.query.dto';
import { VoidEntryRequestDto } from './dto/leaving-care.request.dto';

const AS_KNOWN_AT = ApiQuery({
  name: 'asKnownAt',
  required: false,
  description: 'An ISO time or a global position: as the ledger knew it then',
});

/** The child: registration and details, corrections, and the reads of a child's record. */
@ChildCommandsApi('children')
@Controller('children')
export class ChildrenController {
  constructor(
    private readonly runner: ChildCommandRunner,
    private readonly queryBus: QueryBus,
    private readonly scope: AuthorityScope,
  ) {}

  @Get()
  @Requires('child.read')
  @ApiOperation({
    summary:
      'The children in the ledger, a page at a time, by id, with how much is known of each and when it was last recorded; filtered on their timelines',
  })
  @ApiOkResponse({ description: '{ count, limit, children, nextCursor }' })
  async list(@Query() query: ChildrenListQueryDto, @Req() req: Request): Promise<ChildList> {
    const page: ChildList = await this.queryBus.execute(
      new ListChildrenQuery({
        limit: query.limit,
        cursor: query.cursor,
        lookedAfterOn: query.lookedAfterOn,
        responsibleAuthority: query.responsibleAuthority,
        ageBand: query.ageBand,
      }),
    );
    // A user limited to some authorities sees only their children (the page may come out shorter).
    if (req.principal?.authorities === undefined) return page;
    const children = await this.scope.filter(req.principal, page.children, (c) => c.childId);
    return { ...page, count: children.length, children };
  }

  @Post()
  @CommandHeaders()
  @Requires('child.record')
  @ApiOperation({ summary: 'Register a child' })
  @ApiCreatedResponse({ type: CommandResultDto })
  register(
    @Body() body: RegisterChildRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(body.childId, { type: 'RegisterChild', data: body }, req, res);
  }

  @ChildCommandEndpoint(
    ':childId/details',
    "Change some of the child's details from a day on: the fields given; the others are kept, null clears an optional one",
  )
  updateDetails(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: UpdateChildDetailsRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(
      childId,
      { type: 'UpdateChildDetails', data: { ...body, childId, partial: true } },
      req,
      res,
    );
  }

  @ChildCommandEndpoint(':childId/voids', 'Void an earlier entry (nothing is edited or deleted)')
  voidEntry(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: VoidEntryRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'VoidEntry', data: body }, req, res);
  }

  @ChildCommandEndpoint(
    ':childId/changes',
    'Several facts as one change: void entries and record facts, checked once and appended all together or not at all (corrections, a past period recorded late)',
  )
  recordChange(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: RecordChangeRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(
      childId,
      toChangeCommands(childId, body.voidEventIds ?? [], body.reason, body.record ?? []),
      req,
      res,
    );
  }

  @Get(':childId/history')
  @Requires('child.read')
  @AccessLogged(childOfRoute)
  @ApiParam({ name: 'childId' })
  @ApiOperation({
    summary: "The child's history in effective order, with who recorded what and when; voided entries marked",
  })
  @AS_KNOWN_AT
  @ApiOkResponse({ description: 'The history' })
  history(
    @Param('childId', ChildIdPipe) childId: string,
    @Query('asKnownAt') asKnownAt?: string,
  ): Promise<ChildHistory> {
    return this.queryBus.execute(new GetChildHistoryQuery(childId, parseAsKnownAt(asKnownAt)));
  }

  @Get(':childId/timeline')
  @Requires('child.read')
  @AccessLogged(childOfRoute)
  @ApiParam({ name: 'childId' })
  @ApiOperation({
    summary:
      "The child's placement history: periods of care, placements, moves and reasons, legal statuses, 903 episodes",
  })
  @AS_KNOWN_AT
  @ApiOkResponse({ description: 'The timeline' })
  timeline(
    @Param('childId', ChildIdPipe) childId: string,
    @Query('asKnownAt') asKnownAt?: string,
  ): Promise<ChildTimeline> {
    return this.queryBus.execute(new GetChildTimelineQuery(childId, parseAsKnownAt(asKnownAt)));
  }
}
