import { AuditService } from './audit.service';

/** The audit providers the core module registers and exports (one line in the module). */
export const auditProviders = [AuditService];
