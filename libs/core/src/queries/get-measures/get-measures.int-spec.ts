import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  openUseCases,
  registerChild,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { GetMeasuresQuery } from './get-measures.query';

describe('GetMeasuresQuery', () => {
  let core: UseCaseHarness;
  let before: bigint;
  beforeAll(async () => {
    core = await openUseCases();
    before = (await core.record('R0', [registerChild('R0')])).position;
    await core.record('M1', threePlacements('M1'));
  });
  afterAll(() => core.close());

  it('reports the window from every write acknowledged before it', async () => {
    const report = await core.query(new GetMeasuresQuery(YEAR_2020_21));
    expect(report.window).toMatchObject(YEAR_2020_21);
    expect(report.snapshot.childrenLookedAfter).toBe(1);
    expect(report.stability.threePlusPlacements).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('reports the window as known at an earlier position', async () => {
    const report = await core.query(
      new GetMeasuresQuery({ ...YEAR_2020_21, asKnownAt: { position: before } }),
    );
    expect(report.asKnownAt).toBe(before.toString());
    expect(report.snapshot.childrenLookedAfter).toBe(0);
  });
});
