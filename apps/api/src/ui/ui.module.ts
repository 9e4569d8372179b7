import { type DynamicModule, Module } from '@nestjs/common';
import { UiExceptionFilter } from './access/ui-exception.filter';
import { ChronologyPageController } from './children/chronology.page.controller';
import { DashboardPageController } from './dashboard/dashboard.page.controller';
import { DocsPageController } from './docs/docs.page.controller';
import { FigurePageController } from './figures/figure.page.controller';
import { InspectionPageController } from './inspection/inspection.page.controller';
import { SignInPageController } from './sign-in/sign-in.page.controller';
import { UiRenderer } from './render/ui-renderer';
import { UiSessions } from './session/ui-sessions';
import { type UiConfig } from './ui-config';
import { UI_CONFIG } from './ui-tokens';

const controllers = [
  DashboardPageController,
  FigurePageController,
  ChronologyPageController,
  InspectionPageController,
  SignInPageController,
  DocsPageController,
];

/** The pages under `/ui`, through the same query bus as the API. */
@Module({})
export class UiModule {
  static forRoot(config: UiConfig): DynamicModule {
    return {
      module: UiModule,
      controllers,
      providers: [
        { provide: UI_CONFIG, useValue: config },
        { provide: UiRenderer, useValue: new UiRenderer(config.oidc !== undefined) },
        { provide: UiSessions, useValue: new UiSessions(config.sessionIdleMinutes * 60_000) },
        UiExceptionFilter,
      ],
      exports: [UiSessions],
    };
  }
}
