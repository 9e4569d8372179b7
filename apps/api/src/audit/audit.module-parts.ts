import { AuditController } from './audit.controller';
import { DailyCheckpoint } from './daily-checkpoint';
import { ImportsController } from './imports.controller';

/** The audit routes and the daily checkpoint: one line each in api.module.ts. */
export const auditControllers = [AuditController, ImportsController];
export const auditProviders = [DailyCheckpoint];
