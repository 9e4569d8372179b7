import { Clock, EVENT_STORE } from '@ledger/core';
import { type EventStore } from '@ledger/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { type Request } from 'express';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../errors/api-error';
import { type Principal } from '../access';

/** The ledger's own stream of who read which child's data. */
export const ACCESS_LOG_STREAM = 'ledger-access';
export const CHILD_DATA_READ = 'ChildDataRead';

/** One read of children's data: who, when, which children, which endpoint, the correlation id. */
export interface AccessRecord {
  readonly at: string;
  readonly subject: string;
  readonly displayName?: string;
  readonly mode: Principal['mode'];
  readonly children: readonly string[];
  readonly endpoint: string;
  readonly correlationId: string;
}

export interface AccessQuery {
  readonly childId?: string;
  readonly subject?: string;
  /** Inclusive bounds on `at`, ISO instants or days. */
  readonly from?: string;
  readonly to?: string;
}

/**
 * Who read what. A read of one child's data is answered only once its record is appended,
 * so a read that leaves no trace never happens (`ACCESS_LOG.UNAVAILABLE`, 503).
 */
@Injectable()
export class AccessLog {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, children: readonly string[], endpoint: string, correlationId: string) {
    const at = this.clock.now().toISOString();
    const data: AccessRecord = {
      at,
      subject: principal.subject,
      ...(principal.displayName !== undefined ? { displayName: principal.displayName } : {}),
      mode: principal.mode,
      children: [...new Set(children)],
      endpoint,
      correlationId,
    };
    try {
      await this.store.appendToStream(
        ACCESS_LOG_STREAM,
        [
          {
            id: randomUUID(),
            type: CHILD_DATA_READ,
            data,
            metadata: {
              schemaVersion: 1,
              recordedAt: at,
              recordedBy: principal.subject,
              correlationId,
              source: 'api',
            },
          },
        ],
        { expectedRevision: 'any' },
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
  async find(query: AccessQuery): Promise<AccessRecord[]> {
    const found: AccessRecord[] = [];
    const to = query.to !== undefined && query.to.length === 10 ? `${query.to}T23:59:59.999Z` : query.to;
    for await (const event of this.store.readStream(ACCESS_LOG_STREAM)) {
      if (event.type !== CHILD_DATA_READ) continue;
      const r = event.data as AccessRecord;
      if (query.childId !== undefined && !r.children.includes(query.childId)) continue;
      if (query.subject !== undefined && r.subject !== query.subject) continue;
      if (query.from !== undefined && r.at < query.from) continue;
      if (to !== undefined && r.at > to) continue;
      found.push(r);
    }
    return found;
  }
}
