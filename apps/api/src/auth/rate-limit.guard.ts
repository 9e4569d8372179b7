import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { type Request } from 'express';
import { RetryableApiError } from '../errors/api-error';

/**
 * Rate limiting per signed-in subject (so one user behind a council's shared address is not
 * limited by another's traffic), per address in local mode; runs after the sign-in guard.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as Request;
    const principal = request.principal;
    return Promise.resolve(
      principal?.mode === 'token' ? `subject:${principal.subject}` : `address:${request.ip ?? 'unknown'}`,
    );
  }

  /**
   * The throttler's own key (route and tracker) as it is, not hashed: as unique, and no SHA-256
   * for every request.
   */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    return `${context.getClass().name}-${context.getHandler().name}-${name}-${suffix}`;
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new RetryableApiError(
      'REQUEST.RATE_LIMITED',
      `Too many requests: at most ${detail.limit} a minute; try again in ${seconds} s`,
      seconds,
    );
  }
}
