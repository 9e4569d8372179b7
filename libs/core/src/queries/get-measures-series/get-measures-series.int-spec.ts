import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  openUseCases,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { GetMeasuresSeriesQuery } from './get-measures-series.query';

describe('GetMeasuresSeriesQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('S1', threePlacements('S1'));
  });
  afterAll(() => core.close());

  it('answers one point a month end, the child looked after from May on', async () => {
    const series = await core.query(new GetMeasuresSeriesQuery(YEAR_2020_21));
    expect(series.points.map((p) => p.monthEnd)).toHaveLength(12);
    expect(series.points[0]).toMatchObject({ monthEnd: '2020-04-30', snapshot: { childrenLookedAfter: 0 } });
    expect(series.points[1]).toMatchObject({ monthEnd: '2020-05-31', snapshot: { childrenLookedAfter: 1 } });
    expect(series.points[11].snapshot.childrenLookedAfter).toBe(1);
  });
});
