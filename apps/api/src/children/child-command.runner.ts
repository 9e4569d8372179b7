import {
  type ChildCommandInput,
  ExecuteChildCommand,
  type ExecutionResult,
  LEDGER_CONFIG,
  type LedgerConfig,
} from '@ledger/core';
import { LedgerReadOnlyError } from '@ledger/event-store';
import { applyDecorators, Inject, Injectable, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../auth/access';
import { executionContextOf } from '../request-context';
import { CommandResultDto } from './command-result.dto';

/** Sends a child's command(s) over the CommandBus with the request's identity and provenance. */
@Injectable()
export class ChildCommandRunner {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async run(
    childId: string,
    command: ChildCommandInput | ChildCommandInput[],
    req: Request,
    res: Response,
  ): Promise<CommandResultDto> {
    // Refused before anything is read or decided: a read-only ledger records nothing.
    if (this.config.readOnly) throw new LedgerReadOnlyError();
    const context = executionContextOf(req, this.config.defaultRecordedBy);
    const commands = Array.isArray(command) ? command : [command];
    const result: ExecutionResult = await this.commandBus.execute(
      new ExecuteChildCommand(childId, commands, context),
    );
    if (result.repeated) res.setHeader('Idempotent-Replayed', 'true');
    return CommandResultDto.from(result);
  }
}

/** The headers a command takes: only commands, so the read endpoints do not list them. */
export const CommandHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Repeat a command safely: the same key answers as the first time',
    }),
    ApiHeader({ name: 'X-Recorded-By', required: false, description: 'Who records the fact' }),
  );

/** A controller of child commands (and reads): its tag, and the correlation header every route echoes. */
export const ChildCommandsApi = (tag: string) =>
  applyDecorators(
    ApiTags(tag),
    ApiHeader({
      name: 'X-Correlation-Id',
      required: false,
      description: 'Echoed on the response and stored with the events',
    }),
  );

/** One command endpoint: `POST /children/:childId/<path>`, answering 201 with the written events. */
export const ChildCommandEndpoint = (path: string, summary: string) =>
  applyDecorators(
    Post(path),
    CommandHeaders(),
    Requires('child.record'),
    ApiParam({ name: 'childId', description: "The authority's child identifier" }),
    ApiOperation({ summary }),
    ApiCreatedResponse({ type: CommandResultDto }),
  );
