import { type EventSource } from '@ledger/domain';
import { type ExecutionContext as LedgerExecutionContext } from '@ledger/core';
import { BadRequestException } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';

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

/** The command's identity and provenance: `Idempotency-Key`, else a new id. */
export function executionContextOf(
  req: Request,
  defaultRecordedBy: string,
  source: EventSource = 'api',
): LedgerExecutionContext {
  const key = req.header('idempotency-key');
  if (key !== undefined && !SAFE_ID.test(key)) {
    throw new BadRequestException({
      code: 'VALIDATION.INVALID_VALUE',
      message: 'Idempotency-Key must be 1-128 characters of letters, digits, . _ : -',
      field: 'Idempotency-Key',
    });
  }
  const recordedBy = req.header('x-recorded-by');
  return {
    commandId: key ?? randomUUID(),
    correlationId: req.correlationId ?? randomUUID(),
    recordedBy: recordedBy && recordedBy.length <= 128 ? recordedBy : defaultRecordedBy,
    source,
  };
}
