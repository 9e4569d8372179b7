import { type NextFunction, type Request, type Response } from 'express';
import { userInfo } from 'node:os';
import { type Principal, ROLES } from '../../auth/access';
import { type UiConfig } from '../ui-config';
import { cookieOf, fromLoopback, SESSION_COOKIE } from './cookies';
import { type UiSession, type UiSessions } from './ui-sessions';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
    uiSession?: UiSession;
  }
}

function localUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'local';
  }
}

/**
 * Sets `req.principal` for the pages: from the session when a provider is configured; in local
 * mode, every role for a browser on this machine (as the API is open on loopback), and nobody
 * for a browser elsewhere.
 */
export function uiPrincipalMiddleware(config: UiConfig, sessions: UiSessions) {
  const local: Principal = Object.freeze({ mode: 'local', subject: localUser(), roles: [...ROLES] });
  return (req: Request, _res: Response, next: NextFunction): void => {
    const session = sessions.get(cookieOf(req, SESSION_COOKIE));
    if (session) req.uiSession = session;
    if (config.oidc) {
      if (session?.principal) req.principal = session.principal;
    } else if (fromLoopback(req)) {
      req.principal ??= local;
    }
    next();
  };
}
