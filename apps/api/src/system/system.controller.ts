import { GetLedgerStatusQuery, type LedgerStatus } from '@ledger/core';
import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('system')
@Controller()
export class SystemController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('status')
  @ApiOperation({ summary: "The ledger's status: global position, event and stream counts" })
  @ApiOkResponse({ description: '{ position, events, streams }' })
  status(): Promise<LedgerStatus> {
    return this.queryBus.execute(new GetLedgerStatusQuery());
  }

  @Get('health')
  @ApiOperation({ summary: 'Liveness and store reachability' })
  async health(): Promise<{ status: 'ok'; position: string | null }> {
    const status = await this.queryBus.execute(new GetLedgerStatusQuery());
    return { status: 'ok', position: status.position };
  }
}
