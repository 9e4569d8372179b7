import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataQualityCsv } from '../../ssda903/data-quality';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { GetDataQualityQuery } from './get-data-quality.query';

describe('GetDataQualityQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('Q1', threePlacements('Q1'));
  });
  afterAll(() => core.close());

  it("checks the year's data against every DfE rule, each failure naming the child", async () => {
    const report = await core.query(new GetDataQualityQuery('2020-21'));
    expect(report.year).toBe('2020-21');
    expect(report.rules.length).toBeGreaterThan(10);
    for (const failure of report.failures) expect(failure.childId).toBe('Q1');
    expect(dataQualityCsv(report).split(/\r?\n/)[0]).toMatch(/rule/i);
  });

  it('refuses a year that is not a collection year, naming the field', async () => {
    await expect(core.query(new GetDataQualityQuery('2020'))).rejects.toMatchObject({
      code: 'VALIDATION.INVALID_VALUE',
      field: 'year',
    });
  });
});
