import {
  ConcurrencyConflictError,
  IdempotencyKeyReusedError,
  InvalidAsKnownAtError,
  UnreadableEventError,
} from '@ledger/core';
import { DomainError } from '@ledger/domain';
import {
  ReadModelFailedError,
  ReadModelStoppedError,
  ReadModelTimeoutError,
  StoreUnavailableError,
  WrongExpectedRevisionError,
} from '@ledger/event-store';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type Request, type Response } from 'express';

export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  details?: unknown;
  errors?: unknown;
  correlationId: string;
}

/** The HTTP status of a domain error code (errors.ts explains the scheme). */
export function statusOfDomainCode(code: string): number {
  if (code.endsWith('.NOT_FOUND')) return HttpStatus.NOT_FOUND;
  if (code.startsWith('VALIDATION.')) return HttpStatus.BAD_REQUEST;
  return HttpStatus.UNPROCESSABLE_ENTITY;
}

/**
 * The one place errors become HTTP (docs/architecture.md §4): a stable code, a message naming
 * the field or rule, and the correlation id. Unexpected errors are logged, never their
 * request bodies (children's data stays out of logs).
 */
@Catch()
export class LedgerExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const correlationId = req.correlationId ?? 'unknown';
    const [status, body] = toHttpError(exception);
    if (status >= 500) {
      const detail = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error(
        `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? 'unknown route'} failed [${correlationId}]: ${detail}`,
      );
    }
    res.status(status).json({ ...body, correlationId } satisfies ErrorBody);
  }
}

/** Maps any error to its HTTP status and body (the filter adds the correlation id). */
export function toHttpError(e: unknown): [number, Omit<ErrorBody, 'correlationId'>] {
  if (e instanceof DomainError)
    return [
      statusOfDomainCode(e.code),
      { code: e.code, message: e.message, field: e.field, details: e.details },
    ];
  if (e instanceof InvalidAsKnownAtError) return [400, { code: e.code, message: e.message, field: e.field }];
  if (
    e instanceof ConcurrencyConflictError ||
    e instanceof WrongExpectedRevisionError ||
    e instanceof IdempotencyKeyReusedError
  ) {
    return [409, { code: e.code, message: e.message }];
  }
  if (e instanceof StoreUnavailableError)
    return [503, { code: e.code, message: 'The event store is unavailable; try again' }];
  // The read models lag or stopped: the write is safe, the read can be retried.
  if (e instanceof ReadModelTimeoutError || e instanceof ReadModelStoppedError)
    return [503, { code: e.code, message: e.message }];
  if (e instanceof ReadModelFailedError) return [500, { code: e.code, message: e.message }];
  if (e instanceof UnreadableEventError) return [500, { code: e.code, message: e.message }];
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const response = e.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) {
      return [status, response as Omit<ErrorBody, 'correlationId'>];
    }
    return [status, { code: `HTTP.${status}`, message: e.message }];
  }
  return [
    500,
    {
      code: 'INTERNAL',
      message: 'An unexpected error occurred; the correlation id identifies it in the logs',
    },
  ];
}
