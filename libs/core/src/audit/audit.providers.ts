import { AuditService } from './audit.service';
import { ReportsService } from './reports/reports.service';

/** The audit providers the core module registers and exports (one line in the module). */
export const auditProviders = [AuditService, ReportsService];
