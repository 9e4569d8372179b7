import { LedgerCoreModule, type LedgerCoreOptions } from '@ledger/core';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessLog } from './auth/access-log/access-log';
import { AccessLoggedInterceptor } from './auth/access-log/access-logged.interceptor';
import { AuditAccessController } from './auth/access-log/audit-access.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthorityScope, AuthorityScopeInterceptor } from './auth/authority-scope';
import { RateLimitGuard } from './auth/rate-limit.guard';
import { KnownQueryInterceptor } from './errors/known-query.interceptor';
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
        { provide: APP_INTERCEPTOR, useClass: KnownQueryInterceptor },
        AuthorityScope,
        { provide: APP_INTERCEPTOR, useClass: AuthorityScopeInterceptor },
        ...auditProviders,
      ],
    };
  }
}
