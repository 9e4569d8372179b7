import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  openUseCases,
  registerChild,
  startCare,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { GetFigureChildrenQuery } from './get-figure-children.query';

describe('GetFigureChildrenQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('F1', threePlacements('F1'));
    await core.record('F2', [registerChild('F2'), startCare('2020-06-01')]);
  });
  afterAll(() => core.close());

  it("lists the children behind one figure with each child's part of it", async () => {
    const members = await core.query(
      new GetFigureChildrenQuery(YEAR_2020_21, 'stability.threePlusPlacements'),
    );
    expect(members).toEqual([
      expect.objectContaining({ childId: 'F1', numerator: 1, denominator: 1 }),
      expect.objectContaining({ childId: 'F2', numerator: 0, denominator: 1 }),
    ]);
  });

  it('refuses a figure the report does not have', async () => {
    await expect(
      core.query(new GetFigureChildrenQuery(YEAR_2020_21, 'stability.nothing')),
    ).rejects.toMatchObject({
      code: 'VALIDATION.INVALID_VALUE',
      field: 'figure',
    });
  });
});
