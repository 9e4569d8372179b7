import {
  type CheckpointTaken,
  GetAuditTrailQuery,
  GetPublicKeyQuery,
  LEDGER_CONFIG,
  type LedgerConfig,
  type PublicKeyInfo,
  TakeCheckpointCommand,
  type TrailPage,
  trailCsv,
  VerifyLedgerQuery,
  type VerifyReport,
} from '@ledger/core';
import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../auth/access';
import { actorOf } from './principal-of';
import { AuditEventsQueryDto } from './audit-events.request.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('public-key')
  @Requires('public')
  @ApiOperation({ summary: 'The Ed25519 public key that signs checkpoints (PEM, key id, C2SP verifier key)' })
  publicKey(): Promise<PublicKeyInfo> {
    return this.queryBus.execute(new GetPublicKeyQuery());
  }

  @Get('verify')
  @Requires('audit.read')
  @ApiOperation({
    summary: 'Recompute every hash chain and checkpoint; 200 with ok true, or 409 with the findings',
  })
  @ApiOkResponse({
    description:
      '{ ok, events, streams, position, checkpoints, findings: [{ kind, stream, revision, position, message }] }',
  })
  async verify(@Res({ passthrough: true }) res: Response): Promise<VerifyReport> {
    const report = await this.queryBus.execute(new VerifyLedgerQuery());
    if (!report.ok) res.status(409);
    return report;
  }

  @Post('checkpoints')
  @HttpCode(201)
  @Requires('audit.write')
  @ApiOperation({
    summary: 'Take a signed checkpoint now; the answer carries the note to keep outside the ledger',
  })
  checkpoint(@Req() req: Request): Promise<CheckpointTaken> {
    return this.commandBus.execute(
      new TakeCheckpointCommand('on-demand', actorOf(req, this.config.defaultRecordedBy)),
    );
  }

  @Get('events')
  @Requires('audit.read')
  @ApiOperation({
    summary:
      'Every event in the order the ledger learned it: who, from where, what it says in words; paged, JSON or CSV',
  })
  async events(
    @Query() query: AuditEventsQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TrailPage | string> {
    const { format, after, limit, ...filters } = query;
    const page = await this.queryBus.execute(
      new GetAuditTrailQuery({
        ...filters,
        after: after === undefined ? undefined : BigInt(after),
        limit: limit ?? 100,
      }),
    );
    if (page.next !== null) res.setHeader('X-Next-After', page.next);
    if (format !== 'csv') return page;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="audit-events.csv"');
    return trailCsv(page.entries);
  }
}
