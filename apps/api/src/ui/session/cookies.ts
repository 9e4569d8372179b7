import { type Request, type Response } from 'express';

export const SESSION_COOKIE = 'ledger_ui_session';

/** The value of one cookie of the request, or undefined. */
export function cookieOf(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** True when the request came to a loopback host name, where a browser allows cookies without TLS. */
export function onLoopbackHost(req: Request): boolean {
  return LOOPBACK.test(req.hostname ?? '') || LOOPBACK.test((req.headers.host ?? '').replace(/:\d+$/, ''));
}

/** True when the request's peer is this machine. */
export function fromLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The session cookie: HttpOnly, SameSite=Lax, path /ui, and Secure unless the page is on loopback. */
export function setSessionCookie(req: Request, res: Response, id: string): void {
  res.cookie(SESSION_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: !onLoopbackHost(req),
    path: '/ui',
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: !onLoopbackHost(req),
    path: '/ui',
  });
}
