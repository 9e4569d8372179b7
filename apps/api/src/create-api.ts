import { type LedgerCoreOptions } from '@ledger/core';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiModule } from './api.module';
import { LedgerExceptionFilter } from './errors/ledger-exception.filter';
import { ledgerValidationPipe } from './errors/validation';
import { correlationMiddleware } from './request-context';
import { setUpUi } from './ui/setup-ui';
import { loadUiConfig, type UiConfig } from './ui/ui-config';
import { UiSessions } from './ui/session/ui-sessions';

/** Builds the HTTP application (used by `ledger serve` and by the end-to-end tests). */
export async function createApi(
  options: LedgerCoreOptions & { logLevels?: LogLevel[]; ui?: UiConfig },
): Promise<INestApplication> {
  const ui = options.ui ?? loadUiConfig({});
  const app = await NestFactory.create(ApiModule.forRoot({ ...options, ui }), {
    logger: options.logLevels ?? ['log', 'warn', 'error'],
  });
  app.use(correlationMiddleware);
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
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
