import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetForecastBacktestQuery } from './get-forecast-backtest.query';

describe('GetForecastBacktestQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('B1', threePlacements('B1'));
  });
  afterAll(() => core.close());

  it('refuses a bad reference window before any work, naming it', async () => {
    await expect(core.query(new GetForecastBacktestQuery({ referenceMonths: 0 }))).rejects.toMatchObject({
      field: 'referenceMonths',
    });
  });
});
