import { Query } from '@nestjs/cqrs';
import { type OutsideCheckpoint } from '../../audit/verify/checkpoint-claims';
import { type VerifyReport } from '../../audit/verify/findings';

/**
 * Recomputes every hash chain and checkpoint, and checks outside copies of checkpoints against
 * the ledger. `publicKey` (PEM or C2SP verifier key) is the key the auditor kept; without it the
 * ledger's own key file is used.
 */
export class VerifyLedgerQuery extends Query<VerifyReport> {
  constructor(
    readonly outside: readonly OutsideCheckpoint[] = [],
    readonly publicKey?: string,
  ) {
    super();
  }
}
