import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SaveReportCommand } from '../../commands/save-report/save-report.command';
import {
  openUseCases,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { ListReportsQuery } from './list-reports.query';

describe('ListReportsQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('W1', threePlacements('W1'));
  });
  afterAll(() => core.close());

  it('lists the reports kept, in order, without the reports themselves', async () => {
    expect(await core.query(new ListReportsQuery())).toEqual([]);
    const a = await core.command(new SaveReportCommand({ name: 'first', ...YEAR_2020_21 }, 'p1'));
    const b = await core.command(new SaveReportCommand({ name: 'second', ...YEAR_2020_21 }, 'p1'));
    const list = await core.query(new ListReportsQuery());
    expect(list.map((r) => [r.id, r.name])).toEqual([
      [a.id, 'first'],
      [b.id, 'second'],
    ]);
    expect(list.every((r) => !('report' in r))).toBe(true);
  });
});
