import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetForecastQuery } from './get-forecast.query';

describe('GetForecastQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('G1', threePlacements('G1'));
  });
  afterAll(() => core.close());

  it('refuses a bad option before any work, naming it', async () => {
    await expect(core.query(new GetForecastQuery({ horizonMonths: 0 }))).rejects.toMatchObject({
      field: 'horizonMonths',
    });
  });
});
