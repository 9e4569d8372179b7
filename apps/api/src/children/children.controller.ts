import {
  ChildCommandInput,
  ChildHistory,
  ExecuteChildCommand,
  type ExecutionResult,
  GetChildHistoryQuery,
  GetChildTimelineQuery,
  LEDGER_CONFIG,
  type LedgerConfig,
  parseAsKnownAt,
} from '@ledger/core';
import { type ChildTimeline } from '@ledger/projections';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { executionContextOf } from '../request-context';
import { toChangeCommands } from './change-commands';
import { ChildIdPipe } from './child-id.pipe';
import { CommandResultDto } from './command-result.dto';
import {
  ChangeLegalStatusRequestDto,
  EffectiveDateDto,
  EndCareRequestDto,
  MovePlacementRequestDto,
  StartCareRequestDto,
  StartTemporaryPlacementRequestDto,
} from './dto/care.request.dto';
import { RecordChangeRequestDto } from './dto/change.request.dto';
import { RegisterChildRequestDto, UpdateChildDetailsRequestDto } from './dto/child-details.request.dto';
import {
  RecordAdoptionMatchRequestDto,
  RecordCareLeaverContactRequestDto,
  ReverseAdoptionDecisionRequestDto,
  StartStayingPutRequestDto,
  VoidEntryRequestDto,
} from './dto/leaving-care.request.dto';

const IDEMPOTENCY = ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Repeat a command safely: the same key answers as the first time',
});

/** One endpoint per command; each is a thin shell over the CommandBus. */
@ApiTags('children')
@IDEMPOTENCY
@ApiHeader({ name: 'X-Recorded-By', required: false, description: 'Who records the fact' })
@ApiParam({ name: 'childId', description: "The authority's child identifier" })
@Controller('children')
export class ChildrenController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  private async run(
    childId: string,
    command: ChildCommandInput | ChildCommandInput[],
    req: Request,
    res: Response,
  ): Promise<CommandResultDto> {
    const context = executionContextOf(req, this.config.defaultRecordedBy);
    const commands = Array.isArray(command) ? command : [command];
    const result: ExecutionResult = await this.commandBus.execute(
      new ExecuteChildCommand(childId, commands, context),
    );
    if (result.repeated) res.setHeader('Idempotent-Replayed', 'true');
    return CommandResultDto.from(result);
  }

  @Post()
  @ApiOperation({ summary: 'Register a child' })
  @ApiCreatedResponse({ type: CommandResultDto })
  register(
    @Body() body: RegisterChildRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(body.childId, { type: 'RegisterChild', data: body }, req, res);
  }

  @Post(':childId/details')
  @ApiOperation({ summary: "Update the child's details from a day on" })
  @ApiCreatedResponse({ type: CommandResultDto })
  updateDetails(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: UpdateChildDetailsRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'UpdateChildDetails', data: { ...body, childId } }, req, res);
  }

  @Post(':childId/care-starts')
  @ApiOperation({ summary: 'The child started to be looked after (903 RNE S)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  startCare(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: StartCareRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'StartCare', data: body }, req, res);
  }

  @Post(':childId/placement-moves')
  @ApiOperation({ summary: 'The child moved placement' })
  @ApiCreatedResponse({ type: CommandResultDto })
  move(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: MovePlacementRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'MovePlacement', data: body }, req, res);
  }

  @Post(':childId/legal-status-changes')
  @ApiOperation({ summary: "The child's legal status changed" })
  @ApiCreatedResponse({ type: CommandResultDto })
  changeLegalStatus(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: ChangeLegalStatusRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'ChangeLegalStatus', data: body }, req, res);
  }

  @Post(':childId/temporary-placements')
  @ApiOperation({ summary: 'A temporary placement (T0-T4) began' })
  @ApiCreatedResponse({ type: CommandResultDto })
  startTemporary(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: StartTemporaryPlacementRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'StartTemporaryPlacement', data: body }, req, res);
  }

  @Post(':childId/temporary-placement-ends')
  @ApiOperation({ summary: 'The child returned to the usual placement' })
  @ApiCreatedResponse({ type: CommandResultDto })
  endTemporary(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EffectiveDateDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'EndTemporaryPlacement', data: body }, req, res);
  }

  @Post(':childId/care-ends')
  @ApiOperation({ summary: 'The child ceased to be looked after' })
  @ApiCreatedResponse({ type: CommandResultDto })
  endCare(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EndCareRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'EndCare', data: body }, req, res);
  }

  @Post(':childId/staying-put-starts')
  @ApiOperation({ summary: 'A Staying Put arrangement began' })
  @ApiCreatedResponse({ type: CommandResultDto })
  startStayingPut(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: StartStayingPutRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'StartStayingPut', data: body }, req, res);
  }

  @Post(':childId/staying-put-ends')
  @ApiOperation({ summary: 'The Staying Put arrangement ended' })
  @ApiCreatedResponse({ type: CommandResultDto })
  endStayingPut(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EffectiveDateDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'EndStayingPut', data: body }, req, res);
  }

  @Post(':childId/care-leaver-contacts')
  @ApiOperation({ summary: 'A care leaver contact (903 OC3)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  recordContact(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: RecordCareLeaverContactRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'RecordCareLeaverContact', data: body }, req, res);
  }

  @Post(':childId/adoption-decisions')
  @ApiOperation({ summary: 'Decision that the child should be placed for adoption' })
  @ApiCreatedResponse({ type: CommandResultDto })
  decideAdoption(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EffectiveDateDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'RecordAdoptionDecision', data: body }, req, res);
  }

  @Post(':childId/adoption-matches')
  @ApiOperation({ summary: 'The child was matched with adopters' })
  @ApiCreatedResponse({ type: CommandResultDto })
  matchAdoption(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: RecordAdoptionMatchRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'RecordAdoptionMatch', data: body }, req, res);
  }

  @Post(':childId/adoption-decision-reversals')
  @ApiOperation({ summary: 'The decision to place for adoption was reversed (RD1-RD4)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  reverseAdoption(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: ReverseAdoptionDecisionRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'ReverseAdoptionDecision', data: body }, req, res);
  }

  @Post(':childId/voids')
  @ApiOperation({ summary: 'Void an earlier entry (nothing is edited or deleted)' })
  @ApiCreatedResponse({ type: CommandResultDto })
  voidEntry(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: VoidEntryRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(childId, { type: 'VoidEntry', data: body }, req, res);
  }

  @Post(':childId/changes')
  @ApiOperation({
    summary:
      'Several facts as one change: void entries and record facts, checked once and appended all together or not at all',
    description:
      'For corrections (void a wrong entry and record the right one) and for a past period of care recorded late.',
  })
  @ApiCreatedResponse({ type: CommandResultDto })
  recordChange(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: RecordChangeRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.run(
      childId,
      toChangeCommands(childId, body.voidEventIds ?? [], body.reason, body.record ?? []),
      req,
      res,
    );
  }

  @Get(':childId/timeline')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The child's placement history: periods of care, placements, moves and reasons, legal statuses, 903 episodes",
  })
  @ApiQuery({ name: 'asKnownAt', required: false, description: 'An ISO time or a global position' })
  @ApiOkResponse({ description: 'The timeline' })
  timeline(
    @Param('childId', ChildIdPipe) childId: string,
    @Query('asKnownAt') asKnownAt?: string,
  ): Promise<ChildTimeline> {
    return this.queryBus.execute(new GetChildTimelineQuery(childId, parseAsKnownAt(asKnownAt)));
  }

  @Get(':childId/history')
  @HttpCode(200)
  @ApiOperation({
    summary: "The child's history in effective order, with who recorded what and when; voided entries marked",
  })
  @ApiQuery({
    name: 'asKnownAt',
    required: false,
    description: 'An ISO time or a global position: the history as the ledger knew it then',
  })
  @ApiOkResponse({ description: 'The history' })
  history(
    @Param('childId', ChildIdPipe) childId: string,
    @Query('asKnownAt') asKnownAt?: string,
  ): Promise<ChildHistory> {
    return this.queryBus.execute(new GetChildHistoryQuery(childId, parseAsKnownAt(asKnownAt)));
  }
}
