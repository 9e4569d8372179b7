import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { VerifyLedgerQuery } from '../../queries/verify-ledger/verify-ledger.query';
import { openUseCases, registerChild, type UseCaseHarness } from '../../testing/use-case-harness';
import { TakeCheckpointCommand } from './take-checkpoint.command';

describe('TakeCheckpointCommand', () => {
  let core: UseCaseHarness;
  let last: bigint;
  beforeAll(async () => {
    core = await openUseCases();
    last = (await core.record('C1', [registerChild('C1')])).position;
  });
  afterAll(() => core.close());

  it('signs the log up to its last position and writes the note to copy out', async () => {
    const taken = await core.command(new TakeCheckpointCommand('on-demand', 'auditor-1'));
    expect(taken).toMatchObject({ sequence: 1, position: last.toString(), count: 1, reason: 'on-demand' });
    expect(readFileSync(taken.file, 'utf8')).toBe(taken.note);
    const second = await core.command(new TakeCheckpointCommand('export', 'auditor-1'));
    expect(second.sequence).toBe(2);
  });

  it('leaves a ledger whose checkpoints all verify', async () => {
    const report = await core.query(new VerifyLedgerQuery());
    expect(report).toMatchObject({ ok: true, checkpoints: 2, findings: [] });
  });
});
