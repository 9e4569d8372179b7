import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openUseCases, threePlacements, type UseCaseHarness } from '../../testing/use-case-harness';
import { annexAListCsv } from './annex-a-csv';
import { GetAnnexAListQuery } from './get-annex-a-list.query';

describe('GetAnnexAListQuery', () => {
  let core: UseCaseHarness;
  beforeAll(async () => {
    core = await openUseCases();
    await core.record('A1', threePlacements('A1'));
  });
  afterAll(() => core.close());

  it('lists the children in care on the inspection date (list 8), as rows and as CSV', async () => {
    const list = await core.query(new GetAnnexAListQuery('8', '2021-01-15'));
    expect(list).toMatchObject({ date: '2021-01-15' });
    expect(list.rows.map((row) => row.childId)).toEqual(['A1']);
    const csv = annexAListCsv(list).trim().split(/\r?\n/);
    expect(csv[0].split(',')).toEqual(list.columns);
    expect(csv).toHaveLength(2);
  });

  it('refuses a list other than 8, 9 or 10, naming the field', async () => {
    await expect(core.query(new GetAnnexAListQuery('7', '2021-01-15'))).rejects.toMatchObject({
      code: 'VALIDATION.INVALID_VALUE',
      field: 'list',
    });
  });
});
