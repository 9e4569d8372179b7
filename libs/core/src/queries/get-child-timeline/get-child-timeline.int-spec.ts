import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetChildTimelineQuery } from './get-child-timeline.query';

describe('GetChildTimelineQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('T1', threePlacements('T1'));
  });
  afterAll(() => core.close());

  it("answers the child's periods of care and placements from the read model", async () => {
    const timeline = await core.query(new GetChildTimelineQuery('T1'));
    expect(timeline.childId).toBe('T1');
    expect(timeline.periods).toHaveLength(1);
    expect(timeline.periods[0].start).toBe('2020-05-01');
    expect(timeline.placements.map((p) => p.start)).toEqual(['2020-05-01', '2020-08-01', '2020-11-01']);
  });

  it('refuses a child the ledger does not hold', async () => {
    await expect(core.query(new GetChildTimelineQuery('NOPE'))).rejects.toMatchObject({
      code: 'CHILD.NOT_FOUND',
    });
  });
});
