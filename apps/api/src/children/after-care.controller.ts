import { Body, Controller, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { ChildCommandEndpoint, ChildCommandRunner, ChildCommandsApi } from './child-command.runner';
import { ChildIdPipe } from './child-id.pipe';
import { EffectiveDateDto } from './dto/care.request.dto';
import {
  RecordAdoptionMatchRequestDto,
  RecordCareLeaverContactRequestDto,
  ReverseAdoptionDecisionRequestDto,
  StartStayingPutRequestDto,
} from './dto/leaving-care.request.dto';

/** Adoption milestones, Staying Put and care leaver contacts. */
@ChildCommandsApi('adoption and leaving care')
@Controller('children')
export class AfterCareController {
  constructor(private readonly runner: ChildCommandRunner) {}

  @ChildCommandEndpoint(':childId/staying-put-starts', 'A Staying Put arrangement began')
  startStayingPut(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: StartStayingPutRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'StartStayingPut', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/staying-put-ends', 'The Staying Put arrangement ended')
  endStayingPut(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EffectiveDateDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'EndStayingPut', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/care-leaver-contacts', 'A care leaver contact (903 OC3)')
  recordContact(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: RecordCareLeaverContactRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'RecordCareLeaverContact', data: body }, req, res);
  }

  @ChildCommandEndpoint(
    ':childId/adoption-decisions',
    'Decision that the child should be placed for adoption',
  )
  decideAdoption(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EffectiveDateDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'RecordAdoptionDecision', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/adoption-matches', 'The child was matched with adopters')
  matchAdoption(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: RecordAdoptionMatchRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'RecordAdoptionMatch', data: body }, req, res);
  }

  @ChildCommandEndpoint(
    ':childId/adoption-decision-reversals',
    'The decision to place for adoption was reversed (RD1-RD4)',
  )
  reverseAdoption(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: ReverseAdoptionDecisionRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'ReverseAdoptionDecision', data: body }, req, res);
  }
}
