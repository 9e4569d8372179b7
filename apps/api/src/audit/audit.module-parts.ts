import { AuditController } from './audit.controller';
import { DailyCheckpoint } from './daily-checkpoint';
import { ImportsController } from './imports.controller';
import { ReportsController } from './reports.controller';

/** The audit routes and the daily checkpoint: one line each in api.module.ts. */
export const auditControllers = [AuditController, ImportsController, ReportsController];
export const auditProviders = [DailyCheckpoint];
