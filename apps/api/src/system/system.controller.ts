import { GetLedgerStatusQuery, LEDGER_CONFIG, type LedgerConfig, type LedgerStatus } from '@ledger/core';
import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Requires } from '../auth/access';

@ApiTags('system')
@Controller()
export class SystemController {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Get('status')
  @Requires('status.read')
  @ApiOperation({ summary: "The ledger's status: global position, event and stream counts" })
  @ApiOkResponse({ description: '{ position, events, streams }' })
  status(): Promise<LedgerStatus> {
    return this.queryBus.execute(new GetLedgerStatusQuery());
  }

  @Get('health')
  @Requires('public')
  @ApiOperation({ summary: 'Liveness, store reachability, and whether sign-in is required (`auth`)' })
  async health(): Promise<{ status: 'ok'; position: string | null; auth: 'local' | 'token' }> {
    const status = await this.queryBus.execute(new GetLedgerStatusQuery());
    return { status: 'ok', position: status.position, auth: this.config.auth.mode };
  }
}
