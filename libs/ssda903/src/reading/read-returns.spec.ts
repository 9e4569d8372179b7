import { join } from 'node:path';
import { readReturns } from './read-returns';

const fixtures = join(__dirname, '__fixtures__', 'returns');

describe('readReturns', () => {
  it('reads the imported tables of each year, ignores other 903 tables, refuses the rest', async () => {
    const result = await readReturns([fixtures]);
    expect(result.returns.map((r) => r.year)).toEqual(['2022-23', '2023-24']);
    const [older, newer] = result.returns;
    expect(newer.tables.header.map((r) => [r.source.line, r.values.CHILD, r.values.SEX])).toEqual([
      [2, 'C1', '1'],
      [3, 'C2', '2'],
    ]);
    expect(newer.tables.episodes).toHaveLength(1);
    expect(newer.tables.episodes[0].values).toMatchObject({
      CHILD: 'C1',
      DECOM: '01/05/2023',
      URN: 'SC123456',
    });
    expect(result.files.find((f) => f.path.endsWith('reviews.csv'))).toMatchObject({
      table: 'reviews',
      imported: false,
      year: '2023-24',
      yearSource: 'folder name',
    });
    expect(result.fileErrors).toEqual([
      {
        file: join(fixtures, '2023-24', 'children.csv'),
        reason: 'not a 903 table: closest is uasc, missing SEX, DUC; unexpected NAME',
      },
    ]);
    expect(result.rowErrors).toEqual([
      {
        kind: 'format',
        file: join(fixtures, '2023-24', 'episodes.csv'),
        line: 4,
        childId: 'C2',
        reason: 'has 14 fields where the header has 13',
      },
    ]);
    expect(older.files.map((f) => [f.table, f.yearSource])).toEqual([
      ['episodes', 'dates'],
      ['oc3', 'dates'],
    ]);
    expect(older.tables.episodes[0].values).toMatchObject({ PL_LA: 'E06000059', PL_DISTANCE: '0.0' });
  });

  it('lets the caller give the year of every file', async () => {
    const result = await readReturns([join(fixtures, 'undated', 'oc3.csv')], { year: '2021-22' });
    expect(result.returns.map((r) => [r.year, r.tables.oc3.length])).toEqual([['2021-22', 1]]);
  });

  it('refuses a file with no way to tell its year, and a path that does not exist', async () => {
    const missing = join(fixtures, 'nowhere');
    const result = await readReturns([join(fixtures, 'undated', 'oc3.csv'), missing]);
    expect(result.returns).toEqual([]);
    expect(result.fileErrors.map((e) => e.file)).toEqual([missing, join(fixtures, 'undated', 'oc3.csv')]);
    expect(result.fileErrors[1].reason).toBe(
      'no collection year: name the file or its folder like 2023-24, or give the year',
    );
  });
});
