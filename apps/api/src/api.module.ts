import { LedgerCoreModule, type LedgerCoreOptions } from '@ledger/core';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessLog } from './auth/access-log/access-log';
import { AccessLoggedInterceptor } from './auth/access-log/access-logged.interceptor';
import { AuditAccessController } from './auth/access-log/audit-access.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthorityScope, AuthorityScopeGuard } from './auth/authority-scope';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { KnownQueryGuard } from './errors/known-query.guard';
import { AfterCareController } from './children/after-care.controller';
import { CareController } from './children/care.controller';
import { ChildCommandRunner } from './children/child-command.runner';
import { ChildrenController } from './children/children.controller';
import { ForecastController } from './forecast/forecast.controller';
import { InspectionController } from './inspection/inspection.controller';
import { MeasuresController } from './measures/measures.controller';
import { SystemController } from './system/system.controller';
import { auditControllers, auditProviders } from './audit/audit.module-parts';
import { loadUiConfig, type UiConfig } from './ui/ui-config';
import { UiModule } from './ui/ui.module';
import { DataQualityController } from './returns/data-quality.controller';

const controllers = [
  ChildrenController,
  CareController,
  AfterCareController,
  MeasuresController,
  InspectionController,
  ForecastController,
  SystemController,
  AuditAccessController,
  ...auditControllers,
  DataQualityController,
];

@Module({})
export class ApiModule {
  static forRoot(options: LedgerCoreOptions & { ui?: UiConfig }): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LedgerCoreModule.forRoot(options),
        UiModule.forRoot(options.ui ?? loadUiConfig({})),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: options.config.rateLimitPerMinute }]),
      ],
      controllers,
      // The sign-in guard runs first on every route (deny by default).
      providers: [
        ChildCommandRunner,
        AccessLog,
        AccessLoggedInterceptor,
        { provide: APP_GUARD, useClass: AuthGuard },
        // After sign-in, so the limit is per subject.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        // Then the query string and the authority scope, before the pipes (guards, not
        // interceptors: commands pass no Observable chain).
        { provide: APP_GUARD, useClass: KnownQueryGuard },
        AuthorityScope,
        { provide: APP_GUARD, useClass: AuthorityScopeGuard },
        ...auditProviders,
      ],
    };
  }
}
