/**
 * The one table from a stable error code to its HTTP status. Every error the API, the
 * store, the read models, the body parser or Nest can raise has a code in it; a domain
 * error's code follows the scheme of libs/domain/src/errors.ts (`*.NOT_FOUND` 404,
 * `VALIDATION.*` 400, any other rule of the timeline 422).
 */
export const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  // sign-in and roles
  'AUTH.MISSING_TOKEN': 401,
  'AUTH.INVALID_TOKEN': 401,
  'AUTH.FORBIDDEN': 403,
  'AUTH.RECORDED_BY_REFUSED': 400,
  'AUTH.PROVIDER_UNAVAILABLE': 503,
  // the request itself
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'REQUEST.UNSUPPORTED_CHARSET': 415,
  'REQUEST.UNSUPPORTED_ENCODING': 415,
  'REQUEST.BAD_ENCODING': 400,
  'REQUEST.TOO_LARGE': 413,
  'REQUEST.MALFORMED_JSON': 400,
  'REQUEST.BODY_NOT_OBJECT': 400,
  'REQUEST.UNKNOWN_PARAMETER': 400,
  'REQUEST.BAD': 400,
  'REQUEST.NOT_FOUND': 404,
  'REQUEST.RATE_LIMITED': 429,
  // input
  'VALIDATION.FAILED': 400,
  'VALIDATION.INVALID_VALUE': 400,
  // writes
  'CONCURRENCY.CONFLICT': 409,
  'CONCURRENCY.WRONG_EXPECTED_REVISION': 409,
  'IDEMPOTENCY.KEY_REUSED': 409,
  'STORE.DUPLICATE_EVENT_ID': 409,
  'LEDGER.READ_ONLY': 409,
  // the store and the read models: the request may be retried
  'STORE.UNAVAILABLE': 503,
  'READ_MODEL.TIMEOUT': 503,
  'READ_MODEL.STOPPED': 503,
  'ACCESS_LOG.UNAVAILABLE': 503,
  // the ledger's own faults
  'STORE.UNREADABLE_EVENT': 500,
  'READ_MODEL.FAILED': 500,
  INTERNAL: 500,
};

/** The status of a code: the table, else the domain's scheme. */
export function statusOfCode(code: string): number {
  const known = STATUS_OF_CODE[code];
  if (known !== undefined) return known;
  if (code.endsWith('.NOT_FOUND')) return 404;
  if (code.startsWith('VALIDATION.')) return 400;
  return 422;
}

/** Nest's own HTTP exceptions (an unknown route, a wrong method) by status. */
export const CODE_OF_HTTP_STATUS: Readonly<Record<number, string>> = {
  400: 'REQUEST.BAD',
  404: 'REQUEST.NOT_FOUND',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.RATE_LIMITED',
};
