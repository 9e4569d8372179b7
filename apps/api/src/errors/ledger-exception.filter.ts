import { DomainError } from '@ledger/domain';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { ApiError, RetryableApiError } from './api-error';
import { CODE_OF_HTTP_STATUS, STATUS_OF_CODE, statusOfCode } from './error-codes';

export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  details?: unknown;
  errors?: unknown;
  correlationId: string;
}

/** What a 5xx says: never the error's own message, which could carry personal data. */
const SERVER_MESSAGES: Readonly<Record<string, string>> = {
  'STORE.UNAVAILABLE': 'The event store is unavailable; try again',
  'AUTH.PROVIDER_UNAVAILABLE': "The sign-in provider's keys could not be fetched; try again",
  'ACCESS_LOG.UNAVAILABLE': 'The access log could not be written, so the read was refused; try again',
  INTERNAL: 'An unexpected error occurred; the correlation id identifies it in the logs',
};

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
    sendError(exception, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
  }
}

/** Writes the error answer (also used by the body-parsing middleware, before Nest's routing). */
export function sendError(exception: unknown, req: Request, res: Response, logger: Logger): void {
  const correlationId = req.correlationId ?? 'unknown';
  const [status, body] = toHttpError(exception);
  if (status >= 500) {
    const cause =
      exception instanceof Error && exception.cause instanceof Error ? exception.cause : undefined;
    const detail =
      (exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)) +
      (cause ? `\ncaused by ${cause.stack ?? cause.message}` : '');
    logger.error(
      `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? 'unknown route'} failed [${correlationId}]: ${detail}`,
    );
  }
  if (exception instanceof RetryableApiError)
    res.setHeader('Retry-After', String(exception.retryAfterSeconds));
  if (res.headersSent) return;
  res.status(status).json({ ...body, correlationId } satisfies ErrorBody);
}

function codeOf(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^[A-Z_]+\.[A-Z_.]+$/.test(code) ? code : undefined;
}

/** Maps any error to its HTTP status and body (the filter adds the correlation id). */
export function toHttpError(e: unknown): [number, Omit<ErrorBody, 'correlationId'>] {
  if (e instanceof DomainError) {
    return [statusOfCode(e.code), { code: e.code, message: e.message, field: e.field, details: e.details }];
  }
  if (e instanceof ApiError) {
    const status = statusOfCode(e.code);
    return [
      status,
      {
        code: e.code,
        message: SERVER_MESSAGES[e.code] ?? e.message,
        ...(e.field !== undefined ? { field: e.field } : {}),
        ...(e.details !== undefined ? { details: e.details } : {}),
      },
    ];
  }
  if (e instanceof HttpException) return fromHttpException(e);
  // The libraries' errors (store, read models, write path) carry a stable code of their own.
  const code = codeOf(e);
  if (code !== undefined && STATUS_OF_CODE[code] !== undefined) {
    const status = STATUS_OF_CODE[code];
    const field = (e as { field?: unknown }).field;
    return [
      status,
      {
        code,
        message: SERVER_MESSAGES[code] ?? (e as Error).message,
        ...(typeof field === 'string' ? { field } : {}),
      },
    ];
  }
  return [500, { code: 'INTERNAL', message: SERVER_MESSAGES.INTERNAL }];
}

function fromHttpException(e: HttpException): [number, Omit<ErrorBody, 'correlationId'>] {
  const status = e.getStatus();
  const response = e.getResponse();
  if (typeof response === 'object' && response !== null && 'code' in response) {
    const body = response as Omit<ErrorBody, 'correlationId'>;
    return [STATUS_OF_CODE[body.code] ?? status, body];
  }
  const code = CODE_OF_HTTP_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'REQUEST.BAD');
  return [status, { code, message: status >= 500 ? SERVER_MESSAGES.INTERNAL : e.message }];
}
