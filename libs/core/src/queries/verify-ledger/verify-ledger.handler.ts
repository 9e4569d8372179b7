import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditService } from '../../audit/audit.service';
import { type VerifyReport } from '../../audit/verify/findings';
import { VerifyLedgerQuery } from './verify-ledger.query';

@QueryHandler(VerifyLedgerQuery)
export class VerifyLedgerHandler implements IQueryHandler<VerifyLedgerQuery, VerifyReport> {
  constructor(private readonly audit: AuditService) {}

  execute({ outside, publicKey }: VerifyLedgerQuery): Promise<VerifyReport> {
    return this.audit.verify(outside, publicKey);
  }
}
