import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';

// Readings of docs/measures.md where the text leaves a choice; each test pins the one we made.
const YEAR = { from: '2023-04-01', to: '2024-03-31' };
const reportOf = (ledger: TestLedger, window = YEAR) => computeReport(timelinesOf(ledger.records), window);

describe('pinned readings of docs/measures.md', () => {
  it('takes contacts up to exactly 3 months either side of the birthday, and no further', () => {
    const ledger = new TestLedger();
    ledger.child('EDGE_BEFORE', { dateOfBirth: '2006-08-31' }).contact('2023-05-31', 'YES', 'F2', 'D1');
    ledger.child('EDGE_AFTER', { dateOfBirth: '2006-05-31' }).contact('2023-08-31', 'YES', 'F2', 'D1');
    ledger.child('DAY_TOO_LATE', { dateOfBirth: '2006-05-30' }).contact('2023-08-31', 'YES', 'F2', 'D1');

    expect(reportOf(ledger).careLeavers.age17.inTouch.denominator).toBe(2);
  });

  it('does not count a period cut by a short-break legal status as ceasing to be looked after', () => {
    const ledger = new TestLedger();
    ledger.child('TO_RESPITE').startCare('2022-01-01', placed('U4', 'A'), 'V2').legal('2023-06-01', 'V3');
    ledger.child('LEFT').startCare('2022-01-01', placed('U4', 'B')).endCare('2023-06-01', 'E11');

    expect(reportOf(ledger).adoption.leftCareByAdoption).toEqual({
      numerator: 1,
      denominator: 1,
      percent: 100,
    });
  });

  it('reads the date of birth from the latest standing details, for every day', () => {
    const ledger = new TestLedger();
    ledger
      .child('CORRECTED', { dateOfBirth: '2008-01-01' })
      .startCare('2020-01-01', placed('U4', 'A'))
      .updateDetails('2024-01-01', { dateOfBirth: '2009-01-01' });

    // 16 by the first birth date, 15 by the corrected one: in the long-term denominator.
    expect(reportOf(ledger).stability.longTerm.denominator).toBe(1);
  });

  it('reads UASC and the responsible authority from the details standing on `to`', () => {
    const ledger = new TestLedger();
    ledger
      .child('MOVED_AUTHORITY', { uasc: true })
      .startCare('2023-01-01', placed('U4', 'A', { authority: 'E06000058' }))
      .updateDetails('2024-04-01', { responsibleAuthority: 'E06000058', uasc: false });

    const report = reportOf(ledger);
    expect(report.snapshot.uasc).toBe(1);
    expect(report.location.all.outside.numerator).toBe(1);
  });

  it('echoes only the filters that are set', () => {
    const report = computeReport([], { ...YEAR, filters: { ageBand: undefined, responsibleAuthority: 'X' } });
    expect(report.filters).toEqual({ responsibleAuthority: 'X' });
    expect(Object.keys(report.filters)).toEqual(['responsibleAuthority']);
  });
});
