import { errorReportCsv, skippedByKind } from './import-report';

describe('import report', () => {
  it('counts skipped children by the kinds of their errors', () => {
    const error = (kind: 'date' | 'rule' | 'code') => ({ kind, file: 'f.csv', line: 2, reason: 'x' });
    expect(
      skippedByKind([
        { kind: 'skipped', childId: 'A', errors: [error('date'), error('date'), error('rule')] },
        { kind: 'skipped', childId: 'B', errors: [error('code')] },
        {
          kind: 'planned',
          childId: 'C',
          isNew: true,
          commands: [],
          sources: [],
          voids: 0,
          additions: 0,
          episodes: 0,
        },
      ]),
    ).toEqual({ date: 1, rule: 1, code: 1 });
  });

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
