import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TakeCheckpointCommand } from '../../commands/take-checkpoint/take-checkpoint.command';
import { openUseCases, registerChild, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetPublicKeyQuery } from './get-public-key.query';

describe('GetPublicKeyQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => (core = await openUseCases()));
  afterAll(() => core.close());

  it('answers the Ed25519 key that signs the checkpoints, creating it on first use', async () => {
    const key = await core.query(new GetPublicKeyQuery());
    expect(existsSync(join(core.dir, 'audit-signing-key.pem'))).toBe(true);
    expect(key).toMatchObject({ algorithm: 'Ed25519' });
    expect(key.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    await core.record('P1', [registerChild('P1')]);
    const taken = await core.command(new TakeCheckpointCommand('on-demand', 'auditor-1'));
    expect(taken.keyId).toBe(key.keyId);
  });
});
