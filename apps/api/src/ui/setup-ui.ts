import { type INestApplication } from '@nestjs/common';
import { type Express, static as serveStatic, urlencoded } from 'express';
import { join } from 'node:path';
import { GOVUK_DIST, pagesStylesheet, UI_STATIC } from './render/govuk-assets';
import { uiPrincipalMiddleware } from './session/principal.middleware';
import { UiSessions } from './session/ui-sessions';
import { type UiConfig } from './ui-config';

/**
 * What the pages need before Nest's routes: govuk-frontend's files from its own `dist/`, the
 * pages' stylesheet, the form body parser for the sign-out form, and `req.principal` from the
 * session (or local mode) on every `/ui` request.
 */
export function setUpUi(app: INestApplication, config: UiConfig, sessions: UiSessions): void {
  const express = app.getHttpAdapter().getInstance() as Express;
  const css = pagesStylesheet();
  const week = { maxAge: '7d', index: false, fallthrough: false } as const;
  express.get('/ui/assets/ledger.css', (_req, res) => {
    res.type('css').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(css);
  });
  express.use('/ui/assets/ledger.js', serveStatic(join(UI_STATIC, 'ledger.js'), week));
  // Scripts and images only: the typeface is not served (see govuk-assets.ts).
  express.use(
    '/ui/assets/govuk/govuk-frontend.min.js',
    serveStatic(join(GOVUK_DIST, 'govuk', 'govuk-frontend.min.js'), week),
  );
  express.use('/ui/assets/govuk/images', serveStatic(join(GOVUK_DIST, 'govuk', 'assets', 'images'), week));
  express.use('/ui/sign-out', urlencoded({ extended: false, limit: '4kb' }));
  express.use('/ui', uiPrincipalMiddleware(config, sessions));
}
