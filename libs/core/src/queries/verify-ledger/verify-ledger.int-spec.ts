import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TakeCheckpointCommand } from '../../commands/take-checkpoint/take-checkpoint.command';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { VerifyLedgerQuery } from './verify-ledger.query';

describe('VerifyLedgerQuery', () => {
  let core: UseCaseHarness;
  let note: string;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('V1', threePlacements('V1'));
    note = (await core.command(new TakeCheckpointCommand('on-demand', 'auditor-1'))).note;
  });
  afterAll(() => core.close());

  it('recomputes every chain and checkpoint, and checks an outside copy', async () => {
    const report = await core.query(new VerifyLedgerQuery([{ file: 'kept.txt', text: note }]));
    // The child's four events and the checkpoint's own.
    expect(report).toMatchObject({
      ok: true,
      events: 5,
      checkpoints: 1,
      outsideCheckpoints: 1,
      findings: [],
    });
    expect(report.keyId).toMatch(/^[0-9a-f]{8}$/);
  });

  it('finds an outside copy the ledger did not sign', async () => {
    const forged = note.replace(
      /^(.*\n)(\d+)\n/,
      (_all, origin: string, count: string) => `${origin}${Number(count) + 1}\n`,
    );
    const report = await core.query(new VerifyLedgerQuery([{ file: 'forged.txt', text: forged }]));
    expect(report.ok).toBe(false);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});
