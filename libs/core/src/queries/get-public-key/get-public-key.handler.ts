import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditService } from '../../audit/audit.service';
import { type PublicKeyInfo } from '../../audit/signing/signing-key';
import { GetPublicKeyQuery } from './get-public-key.query';

@QueryHandler(GetPublicKeyQuery)
export class GetPublicKeyHandler implements IQueryHandler<GetPublicKeyQuery, PublicKeyInfo> {
  constructor(private readonly audit: AuditService) {}

  // The key is created on first use (mode 0600), as a checkpoint would create it.
  execute(): Promise<PublicKeyInfo> {
    return Promise.resolve(this.audit.publicKey());
  }
}
