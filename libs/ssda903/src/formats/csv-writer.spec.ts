import { parse } from 'csv-parse/sync';
import { safeCell, writeCsv } from './csv-writer';

describe('the one CSV writer', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1+1', '-1+cmd|calc', '@SUM(A1)', '\tDT1', '\rX'])(
    'neutralises %j so a spreadsheet shows text',
    (cell) => {
      expect(safeCell(cell)).toBe(`'${cell}`);
      const rows: string[][] = parse(writeCsv([[cell]]));
      const back = rows[0][0];
      expect(back).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary values, plain negative numbers and dates alone, with CRLF line ends', () => {
    expect(
      writeCsv([
        ['CHILD', 'PL_DISTANCE', 'DECOM'],
        ['C1', '-1.5', '01/04/2023'],
        ['a,b', 'DT1 1AA', ''],
      ]),
    ).toBe('CHILD,PL_DISTANCE,DECOM\r\nC1,-1.5,01/04/2023\r\n"a,b",DT1 1AA,\r\n');
  });
});
