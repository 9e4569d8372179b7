import {
  type AccessQuery,
  type AccessRecord,
  ListAccessRecordsQuery,
  RecordChildDataReadCommand,
} from '@ledger/core';
import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { type Request } from 'express';
import { ApiError } from '../../errors/api-error';
import { type Principal } from '../access';

export type { AccessQuery, AccessRecord } from '@ledger/core';

/**
 * Who read what: the API's side of the access log, whose records the core keeps
 * (`RecordChildDataReadCommand`, `ListAccessRecordsQuery`). A read of one child's data is
 * answered only once its record is appended, so a read that leaves no trace never happens
 * (`ACCESS_LOG.UNAVAILABLE`, 503).
 */
@Injectable()
export class AccessLog {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  async record(principal: Principal, children: readonly string[], endpoint: string, correlationId: string) {
    const { subject, displayName, mode } = principal;
    try {
      await this.commandBus.execute(
        new RecordChildDataReadCommand({ subject, displayName, mode }, children, endpoint, correlationId),
      );
    } catch (cause) {
      throw new ApiError(
        'ACCESS_LOG.UNAVAILABLE',
        'The access log could not be written, so the read was refused',
        undefined,
        undefined,
        { cause },
      );
    }
  }

  /** Records a request's read of these children (nothing when it names none). */
  async recordRead(req: Request, children: readonly string[]): Promise<void> {
    if (!req.principal || children.length === 0) return;
    const route = (req.route as { path?: string } | undefined)?.path ?? req.path;
    await this.record(req.principal, children, `${req.method} ${route}`, req.correlationId ?? '');
  }

  /** The records matching every given filter, oldest first. */
  find(query: AccessQuery): Promise<AccessRecord[]> {
    return this.queryBus.execute(new ListAccessRecordsQuery(query));
  }
}
