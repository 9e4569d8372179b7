import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetLedgerStatusQuery } from '../../queries/get-ledger-status/get-ledger-status.query';
import { AUTHORITY, openUseCases, type UseCaseHarness } from '../../testing/use-case-harness';
import { FillDemoCommand } from './fill-demo.command';

describe('FillDemoCommand', () => {
  let core: UseCaseHarness;
  beforeAll(async () => (core = await openUseCases()));
  afterAll(() => core.close());

  const request = { children: 5, seed: 3, years: 1, authority: AUTHORITY };

  it('fills an empty ledger with a generated authority through the import path', async () => {
    const summaries = await core.command(new FillDemoCommand(request));
    const imported = summaries.reduce((n, s) => n + s.children.imported, 0);
    const events = summaries.reduce((n, s) => n + s.events, 0);
    expect(imported).toBeGreaterThan(0);
    expect(summaries.every((s) => s.children.skipped === 0)).toBe(true);
    expect((await core.query(new GetLedgerStatusQuery())).events).toBeGreaterThanOrEqual(events);
  });

  it('refuses a ledger that is not empty', async () => {
    await expect(core.command(new FillDemoCommand(request))).rejects.toMatchObject({
      code: 'DEMO.LEDGER_NOT_EMPTY',
    });
  });
});
