import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, registerChild, startCare, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetLedgerStatusQuery } from './get-ledger-status.query';

describe('GetLedgerStatusQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => (core = await openUseCases()));
  afterAll(() => core.close());

  it('answers null position and no events on an empty ledger', async () => {
    expect(await core.query(new GetLedgerStatusQuery())).toEqual({ position: null, events: 0, streams: 0 });
  });

  it("counts the events and streams written, the position as the last write's", async () => {
    await core.record('S1', [registerChild('S1'), startCare('2020-05-01')]);
    const last = await core.record('S2', [registerChild('S2')]);
    expect(await core.query(new GetLedgerStatusQuery())).toEqual({
      position: last.position.toString(),
      events: 3,
      streams: 2,
    });
  });
});
