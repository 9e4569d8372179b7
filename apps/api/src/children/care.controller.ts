import { Body, Controller, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { ChildCommandEndpoint, ChildCommandRunner, ChildCommandsApi } from './child-command.runner';
import { ChildIdPipe } from './child-id.pipe';
import {
  ChangeLegalStatusRequestDto,
  EffectiveDateDto,
  EndCareRequestDto,
  MovePlacementRequestDto,
  StartCareRequestDto,
  StartTemporaryPlacementRequestDto,
} from './dto/care.request.dto';

/** Facts of a period of care: start, moves, legal status, temporary placements, end. */
@ChildCommandsApi('care')
@Controller('children')
export class CareController {
  constructor(private readonly runner: ChildCommandRunner) {}

  @ChildCommandEndpoint(':childId/care-starts', 'The child started to be looked after (903 RNE S)')
  startCare(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: StartCareRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'StartCare', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/placement-moves', 'The child moved placement')
  move(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: MovePlacementRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'MovePlacement', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/legal-status-changes', "The child's legal status changed")
  changeLegalStatus(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: ChangeLegalStatusRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'ChangeLegalStatus', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/temporary-placements', 'A temporary placement (T0-T4) began')
  startTemporary(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: StartTemporaryPlacementRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'StartTemporaryPlacement', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/temporary-placement-ends', 'The child returned to the usual placement')
  endTemporary(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EffectiveDateDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'EndTemporaryPlacement', data: body }, req, res);
  }

  @ChildCommandEndpoint(':childId/care-ends', 'The child ceased to be looked after')
  endCare(
    @Param('childId', ChildIdPipe) childId: string,
    @Body() body: EndCareRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.runner.run(childId, { type: 'EndCare', data: body }, req, res);
  }
}
