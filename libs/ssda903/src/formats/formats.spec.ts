import {
  collectionYearContaining,
  collectionYearInName,
  collectionYearWindow,
  formatDate903,
  formatSex903,
  parseCollectionYear,
  parseDate903,
  parseSex903,
  recogniseTable,
  TABLE_COLUMNS,
} from '.';

describe('recogniseTable', () => {
  it('recognises every table by its exact column set, in any order and case', () => {
    for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
      const shuffled = [...columns].reverse().map((c) => ` ${c.toLowerCase()} `);
      expect(recogniseTable(shuffled)).toEqual({ ok: true, table, hasDerivedColumns: false });
    }
  });

  it('accepts episodes with all three derived columns, and says so', () => {
    const columns = [...TABLE_COLUMNS.episodes, 'PL_LOCATION', 'PL_LA', 'PL_DISTANCE'];
    expect(recogniseTable(columns)).toEqual({ ok: true, table: 'episodes', hasDerivedColumns: true });
  });

  it('refuses episodes with only some derived columns, naming what is missing', () => {
    const result = recogniseTable([...TABLE_COLUMNS.episodes, 'PL_LA']);
    expect(result).toEqual({
      ok: false,
      reason: 'not a 903 table: closest is episodes, missing PL_DISTANCE, PL_LOCATION',
    });
  });

  it('names the missing and unexpected columns of a near miss', () => {
    const columns = [...TABLE_COLUMNS.header.filter((c) => c !== 'UPN'), 'NAME'];
    expect(recogniseTable(columns)).toEqual({
      ok: false,
      reason: 'not a 903 table: closest is header, missing UPN; unexpected NAME',
    });
  });

  it('refuses a file that looks like no table, and duplicate columns', () => {
    expect(recogniseTable(['foo', 'bar'])).toEqual({
      ok: false,
      reason: 'not a 903 table (columns FOO, BAR)',
    });
    expect(recogniseTable(['CHILD', 'child', 'DOB'])).toEqual({
      ok: false,
      reason: 'duplicate columns: CHILD',
    });
  });
});

describe('903 dates', () => {
  it('reads DD/MM/YYYY into ISO days and writes them back', () => {
    expect(parseDate903(' 29/02/2024 ')).toEqual({ ok: true, date: '2024-02-29' });
    expect(formatDate903('2024-02-29')).toBe('29/02/2024');
  });

  it.each([
    ['2024-02-29', "'2024-02-29' is not a date in the form DD/MM/YYYY"],
    ['1/2/2024', "'1/2/2024' is not a date in the form DD/MM/YYYY"],
    ['29/02/2023', "'29/02/2023' is not a calendar day"],
    ['31/04/2023', "'31/04/2023' is not a calendar day"],
  ])('refuses %s precisely', (text, reason) => {
    expect(parseDate903(text)).toEqual({ ok: false, reason });
  });
});

describe('SEX', () => {
  it('reads both codings and writes the one of the year', () => {
    expect(['1', '2', 'M', 'f', 'U', '3'].map(parseSex903)).toEqual(['M', 'F', 'M', 'F', 'U', undefined]);
    expect(formatSex903('F', '2023-24')).toBe('2');
    expect(formatSex903('M', '2023-24')).toBe('1');
    expect(formatSex903('F', '2024-25')).toBe('F');
  });
});

describe('collection years', () => {
  it('has a window from 1 April to 31 March', () => {
    expect(collectionYearWindow('2023-24')).toEqual({ from: '2023-04-01', to: '2024-03-31' });
    expect(collectionYearContaining('2024-03-31')).toBe('2023-24');
    expect(collectionYearContaining('2024-04-01')).toBe('2024-25');
    expect(collectionYearContaining('1999-12-31')).toBe('1999-00');
  });

  it('parses only well-formed years', () => {
    expect(parseCollectionYear('2023-24')).toBe('2023-24');
    expect(() => parseCollectionYear('2023-25')).toThrow('Not a collection year (like 2023-24): 2023-25');
  });

  it.each([
    ['2023-24', '2023-24'],
    ['SSDA903_2023_24_episodes.csv', '2023-24'],
    ['903-202324.csv', '2023-24'],
    ['returns 2024', '2023-24'],
    ['header.csv', undefined],
    ['ssda903.csv', undefined],
  ])('finds the year in the name %s', (name, year) => {
    expect(collectionYearInName(name)).toBe(year);
  });
});
