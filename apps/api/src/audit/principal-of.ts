import { type Request } from 'express';
import { type Principal, mayDo } from '../auth/access';

/** The signed-in principal the guard attached, if any (local mode before the guard: none). */
export function principalOf(req: Request): Principal | undefined {
  return (req as Request & { principal?: Principal }).principal;
}

/** Who is recorded for an audit action: the principal, else `X-Recorded-By`, else the default. */
export function actorOf(req: Request, fallback: string): string {
  const header = req.header('x-recorded-by');
  return principalOf(req)?.subject ?? (header && header.length <= 128 ? header : fallback);
}

/**
 * Whether the caller may see children and events (an auditor or admin). Without a principal
 * (local mode, before sign-in is configured) every route is open, and so is this.
 */
export function seesChildren(req: Request): boolean {
  const principal = principalOf(req);
  return principal === undefined || mayDo(principal, 'audit.read');
}
