import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

/** What helmet does to a response: the headers it sets, in order, and those it removes. */
export interface HeaderSteps {
  readonly set: readonly (readonly [string, string])[];
  readonly removed: readonly string[];
}

/** Runs helmet's middleware once against a recording response. */
export function helmetSteps(middleware: RequestHandler = helmet()): HeaderSteps {
  const set: [string, string][] = [];
  const removed: string[] = [];
  let failure: unknown;
  const recorder = {
    setHeader: (name: string, value: unknown) => set.push([name, String(value)]),
    removeHeader: (name: string) => removed.push(name),
  };
  void middleware({} as Request, recorder as unknown as Response, (error?: unknown) => (failure = error));
  if (failure instanceof Error) throw failure;
  if (failure !== undefined) throw new Error('helmet refused its settings');
  return { set, removed };
}

/**
 * helmet's headers (its defaults), worked out once at start-up rather than per response: with
 * the default directives they depend on no request (no nonce, no function in a directive), so
 * every response gets the same list, set in one pass, and `X-Powered-By` removed.
 */
export function securityHeaders(): RequestHandler {
  const { set, removed } = helmetSteps();
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
