import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { toHttpError } from '../../errors/ledger-exception.filter';
import { UiRenderer } from '../render/ui-renderer';
import { UiForbidden, UiSignInRequired } from './ui-access.guard';

/** A path on this site only: a sign-in can never send the browser elsewhere. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/ui(\/|\?|$)/.test(value) && !value.startsWith('//') ? value : '/ui';
}

/** Errors on the pages become pages: a sign-in redirect, or a page that says what went wrong. */
@Catch()
export class UiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  constructor(private readonly renderer: UiRenderer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof UiSignInRequired) {
      if (this.renderer.signInConfigured) {
        res.redirect(303, `/ui/sign-in?returnTo=${encodeURIComponent(safeReturnTo(exception.returnTo))}`);
        return;
      }
      this.page(req, res, 403, 'You cannot see this page', [
        'Sign-in is not configured, so the pages open only in a browser on the machine the ledger runs on.',
      ]);
      return;
    }
    if (exception instanceof UiForbidden) {
      this.page(req, res, 403, 'You cannot see this page', [exception.message]);
      return;
    }
    const [status, body] = toHttpError(exception);
    if (status >= 500) {
      const detail = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error(`${req.method} page failed [${req.correlationId ?? 'unknown'}]: ${detail}`);
    }
    const title =
      status === 404 ? 'Page not found' : status < 500 ? 'There is a problem' : 'Sorry, there is a problem';
    this.page(req, res, status, title, [
      status >= 500
        ? `Try again later. Quote ${req.correlationId ?? 'unknown'} if you report it.`
        : body.message,
    ]);
  }

  private page(req: Request, res: Response, status: number, title: string, lines: string[]): void {
    this.renderer.render('error.njk', req, { title, lines, status }).then(
      (html) => res.status(status).type('html').send(html),
      (error: unknown) => {
        this.logger.error(`The error page failed [${req.correlationId ?? 'unknown'}]: ${String(error)}`);
        if (!res.headersSent)
          res
            .status(status)
            .type('text')
            .send(`${title}\n${lines.join('\n')}`);
      },
    );
  }
}
