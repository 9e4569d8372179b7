import { type Request, type Response } from 'express';
import helmet from 'helmet';
import { helmetSteps, securityHeaders } from './security-headers';

/** A response that keeps its headers, as Node's does, for comparing two middlewares. */
function response(): Response & { headers: Map<string, string> } {
  const headers = new Map<string, string>([['x-powered-by', 'Express']]);
  return {
    headers,
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as Response & { headers: Map<string, string> };
}

describe('the security headers, worked out once', () => {
  it("gives every response exactly the headers helmet's own middleware gives it", () => {
    const byHelmet = response();
    helmet()({} as Request, byHelmet, () => undefined);
    const byOurs = response();
    const next = jest.fn();
    securityHeaders()({} as Request, byOurs, next);
    expect(next).toHaveBeenCalledWith();
    expect([...byOurs.headers]).toEqual([...byHelmet.headers]);
    expect(byOurs.headers.has('x-powered-by')).toBe(false);
    expect(byOurs.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses at start-up a helmet setting that fails, rather than serving without its headers', () => {
    const failing = (_req: Request, _res: Response, next: (error?: unknown) => void) =>
      next(new Error('bad directive'));
    expect(() => helmetSteps(failing)).toThrow('bad directive');
  });
});
