import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, registerChild, startCare, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetChildHistoryQuery } from './get-child-history.query';

describe('GetChildHistoryQuery', () => {
  let core: UseCaseHarness;
  let firstPosition: bigint;
  beforeAll(async () => {
    core = await openUseCases();
    firstPosition = (await core.record('H1', [registerChild('H1')])).position;
    await core.record('H1', [startCare('2020-05-01')]);
  });
  afterAll(() => core.close());

  it('answers every entry in effective order with who recorded it', async () => {
    const history = await core.query(new GetChildHistoryQuery('H1'));
    expect(history.childId).toBe('H1');
    expect(history.entries.map((e) => [e.type, e.effectiveDate, e.recordedBy])).toEqual([
      ['ChildRegistered', '2012-01-01', 'tester'],
      ['CareStarted', '2020-05-01', 'tester'],
    ]);
  });

  it('answers only what was recorded by a global position', async () => {
    const history = await core.query(new GetChildHistoryQuery('H1', { position: firstPosition }));
    expect(history.entries.map((e) => e.type)).toEqual(['ChildRegistered']);
    expect(history.asKnownAt).toBe(firstPosition.toString());
  });

  it('refuses a child the ledger does not hold, naming the child', async () => {
    await expect(core.query(new GetChildHistoryQuery('NOPE'))).rejects.toMatchObject({
      code: 'CHILD.NOT_FOUND',
      field: 'childId',
    });
  });
});
