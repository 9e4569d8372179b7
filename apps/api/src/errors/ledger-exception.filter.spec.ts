import { ConcurrencyConflictError, IdempotencyKeyReusedError, InvalidAsKnownAtError } from '@ledger/core';
import { DomainError, DomainErrorCode } from '@ledger/domain';
import {
  ReadModelFailedError,
  ReadModelStoppedError,
  ReadModelTimeoutError,
  StoreUnavailableError,
  WrongExpectedRevisionError,
  DuplicateEventIdError,
} from '@ledger/event-store';
import { UnreadableEventError } from '@ledger/core';
import { ApiError } from './api-error';
import { STATUS_OF_CODE } from './error-codes';
import { NotFoundException } from '@nestjs/common';
import { toHttpError } from './ledger-exception.filter';

describe('toHttpError: every error class to its status and stable code', () => {
  it.each([
    [new DomainError(DomainErrorCode.CHILD_NOT_FOUND, 'no child'), 404, 'CHILD.NOT_FOUND'],
    [
      new DomainError(DomainErrorCode.VALIDATION_INVALID_VALUE, 'bad', 'from'),
      400,
      'VALIDATION.INVALID_VALUE',
    ],
    [new DomainError(DomainErrorCode.CARE_NOT_IN_CARE, 'not in care'), 422, 'CARE.NOT_IN_CARE'],
    [new InvalidAsKnownAtError('soon'), 400, 'VALIDATION.INVALID_VALUE'],
    [new ConcurrencyConflictError('child-A', 4), 409, 'CONCURRENCY.CONFLICT'],
    [new WrongExpectedRevisionError('child-A', 1n, 2n), 409, 'CONCURRENCY.WRONG_EXPECTED_REVISION'],
    [new IdempotencyKeyReusedError('k'), 409, 'IDEMPOTENCY.KEY_REUSED'],
    [new StoreUnavailableError('down'), 503, 'STORE.UNAVAILABLE'],
    [new ReadModelTimeoutError('measures', 10n, 4n, 5000), 503, 'READ_MODEL.TIMEOUT'],
    [new ReadModelStoppedError('measures'), 503, 'READ_MODEL.STOPPED'],
    [new ReadModelFailedError('measures', 3n, { cause: new Error('bad event') }), 500, 'READ_MODEL.FAILED'],
    [new DuplicateEventIdError('child-A', 'e1'), 409, 'STORE.DUPLICATE_EVENT_ID'],
    [new UnreadableEventError('e1', 'Nope'), 500, 'STORE.UNREADABLE_EVENT'],
    [new ApiError('AUTH.MISSING_TOKEN', 'sign in'), 401, 'AUTH.MISSING_TOKEN'],
    [new ApiError('AUTH.FORBIDDEN', 'no'), 403, 'AUTH.FORBIDDEN'],
    [new ApiError('REQUEST.TOO_LARGE', 'big'), 413, 'REQUEST.TOO_LARGE'],
    [new NotFoundException(), 404, 'REQUEST.NOT_FOUND'],
    [new Error('boom'), 500, 'INTERNAL'],
  ])('%s', (error, status, code) => {
    const [actualStatus, body] = toHttpError(error);
    expect([actualStatus, body.code]).toEqual([status, code]);
  });

  it('gives every code in the table its status', () => {
    for (const [code, status] of Object.entries(STATUS_OF_CODE)) {
      expect([code, toHttpError(new ApiError(code, 'x'))[0]]).toEqual([code, status]);
    }
  });

  it('never echoes an unexpected error’s message, which could carry personal data', () => {
    const [, body] = toHttpError(new Error('Jane Doe, 12 Acacia Road'));
    expect(JSON.stringify(body)).not.toContain('Jane');
  });
});
