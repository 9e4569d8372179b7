/**
 * The API's own errors: a stable code (its HTTP status comes from the one table in the
 * exception filter), a message naming the field or rule, and the field where there is one.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** A refusal that should tell the client when to try again (`Retry-After`, in seconds). */
export class RetryableApiError extends ApiError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message);
  }
}
