import { type Request } from 'express';
import { type Principal, ROLES } from './access';

declare module 'express-serve-static-core' {
  interface Request {
    /** Who is asking, set by the sign-in guard (or earlier, by the pages' session). */
    principal?: Principal;
  }
}

const RECORDED_BY = /^[^\p{Cc}]{1,128}$/u;

/**
 * Local mode: one person on their own machine, with every role. Who records is the
 * `X-Recorded-By` header when it is sensible text, else the configured default (the OS user).
 */
export function localPrincipal(req: Request, defaultRecordedBy: string): Principal {
  const header = req.header('x-recorded-by');
  const subject = header !== undefined && RECORDED_BY.test(header) ? header : defaultRecordedBy;
  return { mode: 'local', subject, roles: [...ROLES] };
}
