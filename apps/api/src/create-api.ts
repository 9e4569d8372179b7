import { type LedgerCoreOptions } from '@ledger/core';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NextFunction, type Request, type Response } from 'express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiModule } from './api.module';
import { earlyErrors, jsonBody } from './errors/json-body';
import { LedgerExceptionFilter } from './errors/ledger-exception.filter';
import { ledgerValidationPipe } from './errors/validation';
import { correlationMiddleware } from './request-context';
import { securityHeaders } from './security-headers';
import { isPagePath } from './ui/page-path';
import { setUpUi } from './ui/setup-ui';
import { loadUiConfig, type UiConfig } from './ui/ui-config';
import { UiSessions } from './ui/session/ui-sessions';

/**
 * Answers carry children's data: no browser or proxy keeps a copy (`/docs` aside, which holds none).
 */
function noStore(req: Request, res: Response, next: NextFunction): void {
  if (!req.path.startsWith('/docs')) res.setHeader('Cache-Control', 'no-store');
  next();
}

/** Builds the HTTP application (used by `ledger serve` and by the end-to-end tests). */
export async function createApi(
  options: LedgerCoreOptions & { logLevels?: LogLevel[]; ui?: UiConfig },
): Promise<INestApplication> {
  const ui = options.ui ?? loadUiConfig({});
  const app = await NestFactory.create(ApiModule.forRoot({ ...options, ui }), {
    logger: options.logLevels ?? ['log', 'warn', 'error'],
    // The ledger reads bodies itself (JSON only, stable refusals): see errors/json-body.ts.
    bodyParser: false,
  });
  app.use(correlationMiddleware);
  app.use(securityHeaders());
  app.use(noStore);
  if (options.config.corsOrigins.length > 0) {
    app.enableCors({
      origin: [...options.config.corsOrigins],
      methods: ['GET', 'POST'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Correlation-Id'],
      exposedHeaders: ['X-Correlation-Id', 'Idempotent-Replayed', 'Retry-After'],
    });
  }
  // The pages (under /ui) parse their own few forms; everything else speaks JSON only.
  const json = jsonBody();
  app.use((req: Request, res: Response, next: NextFunction) =>
    isPagePath(req.path) ? next() : json(req, res, next),
  );
  app.use(earlyErrors());
  setUpUi(app, ui, app.get(UiSessions));
  app.useGlobalPipes(ledgerValidationPipe());
  app.useGlobalFilters(new LedgerExceptionFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Placement Ledger')
      .setDescription(
        "Every fact of a child's care journey as an immutable event; measures on demand, as known at any moment.",
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
