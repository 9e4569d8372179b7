import { type EventSource } from '@ledger/domain';
import { type ExecutionContext as LedgerExecutionContext } from '@ledger/core';
import { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { localPrincipal } from './auth/principal';
import { ApiError } from './errors/api-error';

declare module 'express-serve-static-core' {
  interface Request {
    correlationId?: string;
  }
}

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Every request gets a correlation id (the caller's `X-Correlation-Id`, or a new one), echoed back. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const given = req.header('x-correlation-id');
  req.correlationId = given && SAFE_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Correlation-Id', req.correlationId);
  next();
}

/**
 * The command's identity and provenance: `Idempotency-Key`, else a new id; the recorder is the
 * signed-in subject (a header cannot name someone else), or in local mode `X-Recorded-By`.
 */
export function executionContextOf(
  req: Request,
  defaultRecordedBy: string,
  source: EventSource = 'api',
): LedgerExecutionContext {
  const key = req.header('idempotency-key');
  if (key !== undefined && !SAFE_ID.test(key)) {
    throw new ApiError(
      'VALIDATION.INVALID_VALUE',
      'Idempotency-Key must be 1-128 characters of letters, digits, . _ : -',
      'Idempotency-Key',
    );
  }
  const principal = req.principal ?? localPrincipal(req, defaultRecordedBy);
  const base = {
    commandId: key ?? randomUUID(),
    correlationId: req.correlationId ?? randomUUID(),
    source,
  };
  if (principal.mode === 'local') return { ...base, recordedBy: principal.subject };
  if (req.header('x-recorded-by') !== undefined) {
    throw new ApiError(
      'AUTH.RECORDED_BY_REFUSED',
      'X-Recorded-By is not accepted when signed in: the recorder is the signed-in user',
      'X-Recorded-By',
    );
  }
  return {
    ...base,
    recordedBy: principal.subject,
    signedIn: {
      subject: principal.subject,
      ...(principal.displayName !== undefined ? { displayName: principal.displayName } : {}),
      roles: principal.roles,
      ...(principal.clientId !== undefined ? { clientId: principal.clientId } : {}),
    },
  };
}
