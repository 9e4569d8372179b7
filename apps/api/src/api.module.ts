import { LedgerCoreModule, type LedgerCoreOptions } from '@ledger/core';
import { type DynamicModule, Module } from '@nestjs/common';
import { AfterCareController } from './children/after-care.controller';
import { CareController } from './children/care.controller';
import { ChildCommandRunner } from './children/child-command.runner';
import { ChildrenController } from './children/children.controller';
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
  SystemController,
  ...auditControllers,
  DataQualityController,
];

@Module({})
export class ApiModule {
  static forRoot(options: LedgerCoreOptions & { ui?: UiConfig }): DynamicModule {
    return {
      module: ApiModule,
      imports: [LedgerCoreModule.forRoot(options), UiModule.forRoot(options.ui ?? loadUiConfig({}))],
      controllers,
      providers: [ChildCommandRunner, ...auditProviders],
    };
  }
}
