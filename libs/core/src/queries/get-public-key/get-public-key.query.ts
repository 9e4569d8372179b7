import { Query } from '@nestjs/cqrs';
import { type PublicKeyInfo } from '../../audit/signing/signing-key';

/** The Ed25519 public key that signs checkpoints (PEM, key id, C2SP verifier key). */
export class GetPublicKeyQuery extends Query<PublicKeyInfo> {}
