import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetChildHistoryQuery } from '../../queries/get-child-history/get-child-history.query';
import { GetLedgerStatusQuery } from '../../queries/get-ledger-status/get-ledger-status.query';
import {
  movePlacement,
  openUseCases,
  registerChild,
  startCare,
  type UseCaseHarness,
} from '../../testing/use-case-harness';

describe('ExecuteChildCommand', () => {
  let core: UseCaseHarness;
  beforeAll(async () => (core = await openUseCases()));
  afterAll(() => core.close());

  it("appends every command's events to the child's stream, with the caller's provenance", async () => {
    const result = await core.record('E1', [registerChild('E1'), startCare('2020-05-01')], 'first');
    expect(result).toMatchObject({ childId: 'E1', streamName: 'child-E1', revision: 1n, repeated: false });
    expect(result.events.map((e) => e.type)).toEqual(['ChildRegistered', 'CareStarted']);
    const history = await core.query(new GetChildHistoryQuery('E1'));
    expect(history.entries.map((e) => [e.recordedBy, e.source, e.commandId])).toEqual([
      ['tester', 'api', 'first'],
      ['tester', 'api', 'first'],
    ]);
  });

  it('appends nothing when one of the commands is refused', async () => {
    const before = await core.query(new GetLedgerStatusQuery());
    // A move before the child came into care breaks the timeline: the registration goes too.
    await expect(
      core.record('E2', [registerChild('E2'), movePlacement('2020-01-01', 'FC-2')]),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^CARE\./) });
    expect(await core.query(new GetLedgerStatusQuery())).toEqual(before);
  });

  it('answers a repeated key as the first time and appends nothing', async () => {
    const again = await core.record('E1', [registerChild('E1'), startCare('2020-05-01')], 'first');
    expect(again).toMatchObject({ repeated: true, revision: 1n });
    expect((await core.query(new GetLedgerStatusQuery())).events).toBe(2);
  });
});
