import { Body, Controller, Get, Inject, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Requires } from '../../auth/access';
import { UiAccessGuard } from '../access/ui-access.guard';
import { safeReturnTo, UiExceptionFilter } from '../access/ui-exception.filter';
import { UiRenderer } from '../render/ui-renderer';
import { clearSessionCookie, setSessionCookie } from '../session/cookies';
import { UiSessions } from '../session/ui-sessions';
import { type UiConfig } from '../ui-config';
import { UI_CONFIG } from '../ui-tokens';
import { OidcSignIn, SignInFailed } from './oidc-sign-in';

/** Signing in to the pages with the configured provider, and signing out. */
@ApiExcludeController()
@Controller('ui')
@UseGuards(UiAccessGuard)
@UseFilters(UiExceptionFilter)
export class SignInPageController {
  private readonly oidc?: OidcSignIn;

  constructor(
    @Inject(UI_CONFIG) config: UiConfig,
    private readonly sessions: UiSessions,
    private readonly renderer: UiRenderer,
  ) {
    if (config.oidc) this.oidc = new OidcSignIn(config.oidc);
  }

  @Get('sign-in')
  @Requires('public')
  async signIn(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.oidc) {
      res.redirect(303, '/ui');
      return;
    }
    const { url, pending } = await this.oidc.begin(safeReturnTo(req.query.returnTo));
    const session = req.uiSession ?? this.sessions.create();
    session.pending = pending;
    setSessionCookie(req, res, session.id);
    res.redirect(303, url);
  }

  @Get('auth/callback')
  @Requires('public')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const session = req.uiSession;
    const pending = session?.pending;
    if (!this.oidc || !session || !pending) {
      await this.problem(req, res, 'The sign-in had expired or was started elsewhere. Sign in again.');
      return;
    }
    session.pending = undefined;
    try {
      const { principal, idToken } = await this.oidc.complete(req.query, pending);
      const signedIn = this.sessions.rotate(session);
      signedIn.principal = principal;
      signedIn.idToken = idToken;
      req.principal = principal;
      setSessionCookie(req, res, signedIn.id);
      res.redirect(303, pending.returnTo);
    } catch (error) {
      if (!(error instanceof SignInFailed)) throw error;
      await this.problem(req, res, error.message);
    }
  }

  @Post('sign-out')
  @Requires('public')
  async signOut(
    @Body() body: { _csrf?: unknown } | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const session = req.uiSession;
    if (!UiSessions.csrfMatches(session, body?._csrf)) {
      const html = await this.renderer.render('error.njk', req, {
        title: 'There is a problem',
        lines: ['The form had expired. Go back, reload the page and try again.'],
      });
      res.status(403).type('html').send(html);
      return;
    }
    this.sessions.destroy(session!.id);
    clearSessionCookie(req, res);
    req.principal = undefined;
    const html = await this.renderer.render('signed-out.njk', req, { title: 'You have signed out' });
    res.type('html').send(html);
  }

  private async problem(req: Request, res: Response, line: string): Promise<void> {
    const html = await this.renderer.render('error.njk', req, {
      title: 'You could not be signed in',
      lines: [line],
      signInAgain: true,
    });
    res.status(400).type('html').send(html);
  }
}
