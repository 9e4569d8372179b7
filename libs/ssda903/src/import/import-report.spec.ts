import { errorReportCsv } from './import-report';

describe('import report', () => {
  it('writes files refused and row errors as CSV', () => {
    const csv = errorReportCsv(
      [{ file: 'x.csv', reason: 'not a 903 table (columns A)' }],
      [
        {
          kind: 'date',
          file: 'e.csv',
          line: 3,
          column: 'DECOM',
          childId: 'C1',
          reason: "DECOM '1/2/2023' is not a date",
        },
      ],
    );
    expect(csv).toBe(
      'file,line,column,child,kind,reason\r\n' +
        'x.csv,,,,file,not a 903 table (columns A)\r\n' +
        "e.csv,3,DECOM,C1,date,DECOM '1/2/2023' is not a date\r\n",
    );
  });
});
