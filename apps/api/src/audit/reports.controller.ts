import {
  GetReportQuery,
  GetRestatementQuery,
  LEDGER_CONFIG,
  type LedgerConfig,
  ListReportsQuery,
  ReportNotFoundError,
  type Restatement,
  type SavedReport,
  type SavedReportSummary,
  SaveReportCommand,
} from '@ledger/core';
import {
  Body,
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Request } from 'express';
import { Requires } from '../auth/access';
import { actorOf, seesChildren } from './principal-of';
import { RestatementQueryDto, SaveReportDto } from './reports.request.dto';

async function found<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ReportNotFoundError)
      throw new NotFoundException({ code: error.code, message: error.message, field: 'id' });
    throw error;
  }
}

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  @Post()
  @Requires('audit.write')
  @ApiOperation({
    summary:
      'Keep a measures report as submitted: its window, filters, position, the report and a checkpoint',
  })
  save(@Body() body: SaveReportDto, @Req() req: Request): Promise<SavedReport> {
    const { name, from, to, ...filters } = body;
    return this.commandBus.execute(
      new SaveReportCommand({ name, from, to, filters }, actorOf(req, this.config.defaultRecordedBy)),
    );
  }

  @Get()
  @Requires('measures.read')
  @ApiOperation({ summary: 'The reports kept as submitted (without the reports themselves)' })
  list(): Promise<SavedReportSummary[]> {
    return this.queryBus.execute(new ListReportsQuery());
  }

  @Get(':id')
  @Requires('measures.read')
  @ApiOperation({ summary: 'One report as submitted' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<SavedReport> {
    return found(this.queryBus.execute(new GetReportQuery(id)));
  }

  @Get(':id/restatement')
  @Requires('measures.read')
  @ApiOperation({
    summary:
      'The report recomputed now (or as known at `against`) against as submitted (or `asKnownAt`): every moved field; auditors also see the children and events',
  })
  restatement(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: RestatementQueryDto,
    @Req() req: Request,
  ): Promise<Restatement> {
    return found(this.queryBus.execute(new GetRestatementQuery(id, query, seesChildren(req))));
  }
}
