import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SaveReportCommand } from '../../commands/save-report/save-report.command';
import { type SavedReport } from '../../audit/reports/saved-report';
import {
  openUseCases,
  registerChild,
  startCare,
  threePlacements,
  type UseCaseHarness,
  YEAR_2020_21,
} from '../../testing/use-case-harness';
import { GetRestatementQuery } from './get-restatement.query';

describe('GetRestatementQuery', () => {
  let core: UseCaseHarness;
  let saved: SavedReport;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('W1', threePlacements('W1'));
    saved = await core.command(new SaveReportCommand({ name: '2020-21', ...YEAR_2020_21 }, 'p1'));
    // Recorded late: a second child in care that year.
    await core.record('W2', [registerChild('W2'), startCare('2020-06-01')]);
  });
  afterAll(() => core.close());

  it('lists every figure moved since the report was kept, with the children only when asked', async () => {
    const restated = await core.query(new GetRestatementQuery(saved.id, {}, false));
    expect(restated).toMatchObject({ reportId: saved.id, from: { asKnownAt: saved.position } });
    const looked = restated.changes.find((c) => c.field === 'snapshot.childrenLookedAfter');
    expect(looked).toMatchObject({ old: 1, new: 2, childCount: 1 });
    expect(looked?.children).toBeUndefined();
    const withChildren = await core.query(new GetRestatementQuery(saved.id, {}, true));
    const moved = withChildren.changes.find((c) => c.field === 'snapshot.childrenLookedAfter');
    expect(moved?.children?.map((c) => c.childId)).toEqual(['W2']);
  });

  it('finds nothing moved when compared against the moment it was kept', async () => {
    const restated = await core.query(new GetRestatementQuery(saved.id, { against: saved.position }, false));
    expect(restated.changes).toEqual([]);
  });
});
