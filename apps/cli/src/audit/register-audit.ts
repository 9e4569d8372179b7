import { type Command } from 'commander';
import { registerCheckpoint } from './checkpoint.command';
import { registerVerify } from './verify.command';
import { registerAuditTrail } from './audit.command';
import { registerReports } from './report.command';

/** The auditor's commands: one line in main.ts. */
export function registerAudit(program: Command): void {
  registerVerify(program);
  registerCheckpoint(program);
  registerAuditTrail(program);
  registerReports(program);
}
