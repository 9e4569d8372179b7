import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SaveReportCommand } from '../../commands/save-report/save-report.command';
import {
  openUseCases,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { GetReportQuery } from './get-report.query';

describe('GetReportQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('W1', threePlacements('W1'));
  });
  afterAll(() => core.close());

  it('answers a saved report exactly as it was kept', async () => {
    const saved = await core.command(new SaveReportCommand({ name: 'kept', ...YEAR_2020_21 }, 'p1'));
    expect(await core.query(new GetReportQuery(saved.id))).toEqual(saved);
  });

  it('refuses an id that names no report', async () => {
    await expect(
      core.query(new GetReportQuery('00000000-0000-4000-8000-000000000000')),
    ).rejects.toMatchObject({
      name: 'ReportNotFoundError',
      reportId: '00000000-0000-4000-8000-000000000000',
    });
  });
});
