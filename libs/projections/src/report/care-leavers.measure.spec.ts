import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';

const YEAR = { from: '2023-04-01', to: '2024-03-31' };
const careLeaversOf = (ledger: TestLedger, window = YEAR) =>
  computeReport(timelinesOf(ledger.records), window).careLeavers;

describe('5: care leaver birthday contacts', () => {
  it('takes the contact nearest each birthday in the window, within 3 months, and leaves out DIED and RHOM', () => {
    const ledger = new TestLedger();
    ledger
      .child('Y17', { dateOfBirth: '2006-06-10' })
      .contact('2023-06-01', 'YES', 'F2', 'D1')
      .contact('2023-06-25', 'NO', '0', '0');
    ledger.child('Y18', { dateOfBirth: '2005-05-01' }).contact('2023-07-31', 'YES', 'G5', 'W2');
    // Two contacts equally near: the later stands.
    ledger
      .child('Y18_TIE', { dateOfBirth: '2005-07-01' })
      .contact('2023-06-21', 'NO', '0', '0')
      .contact('2023-07-11', 'YES', 'F1', 'Z1');
    ledger.child('Y19_REFUSES', { dateOfBirth: '2004-10-01' }).contact('2023-10-01', 'REFU', '0', '0');
    ledger.child('Y20_DIED', { dateOfBirth: '2003-09-01' }).contact('2023-09-01', 'DIED', '0', '0');
    ledger.child('Y21_HOME', { dateOfBirth: '2002-11-01' }).contact('2023-11-20', 'RHOM', '0', '0');
    ledger.child('Y17_TOO_FAR', { dateOfBirth: '2006-09-01' }).contact('2024-01-02', 'YES', 'F2', 'D1');

    const leavers = careLeaversOf(ledger);
    expect(leavers.age17).toEqual({
      inTouch: { numerator: 1, denominator: 1, percent: 100 },
      suitableAccommodation: { numerator: 1, denominator: 1, percent: 100 },
      educationEmploymentTraining: { numerator: 1, denominator: 1, percent: 100 },
      bedAndBreakfast: { numerator: 0, denominator: 1, percent: 0 },
      withFormerFosterCarers: { numerator: 0, denominator: 1, percent: 0 },
    });
    expect(leavers.age18).toEqual({
      inTouch: { numerator: 2, denominator: 2, percent: 100 },
      suitableAccommodation: { numerator: 1, denominator: 2, percent: 50 },
      educationEmploymentTraining: { numerator: 1, denominator: 2, percent: 50 },
      bedAndBreakfast: { numerator: 1, denominator: 2, percent: 50 },
      withFormerFosterCarers: { numerator: 1, denominator: 2, percent: 50 },
    });
    expect(leavers.age19to21.inTouch).toEqual({ numerator: 0, denominator: 1, percent: 0 });
  });

  it('counts a young person once per birthday in a window longer than a year', () => {
    const ledger = new TestLedger();
    ledger
      .child('Y19_Y20', { dateOfBirth: '2003-05-01' })
      .contact('2022-05-02', 'YES', 'F5', 'U1')
      .contact('2023-04-20', 'YES', 'G4', 'U2');

    const leavers = careLeaversOf(ledger, { from: '2022-04-01', to: '2024-03-31' });
    expect(leavers.age19to21.inTouch).toEqual({ numerator: 2, denominator: 2, percent: 100 });
    expect(leavers.age19to21.educationEmploymentTraining).toEqual({
      numerator: 1,
      denominator: 2,
      percent: 50,
    });
  });

  it('leaves out the contacts of a young person whose only care was short breaks', () => {
    const ledger = new TestLedger();
    ledger
      .child('RESPITE', { dateOfBirth: '2006-06-10' })
      .startCare('2022-01-01', placed('K2', 'R'), 'V3')
      .endCare('2022-01-10', 'E8')
      .contact('2023-06-10', 'YES', 'F2', 'D1');

    expect(careLeaversOf(ledger).age17.inTouch.denominator).toBe(0);
  });
});

describe('5: Staying Put at 18', () => {
  function endsAt18(
    ledger: TestLedger,
    id: string,
    reason: 'E17' | 'E5',
    options: { home?: boolean; day?: string } = {},
  ) {
    return ledger
      .child(id, { dateOfBirth: '2005-06-01' })
      .startCare('2020-01-01', options.home ? placed('K2', 'H') : placed('U4', 'A'))
      .endCare(options.day ?? '2023-06-01', reason);
  }

  it('counts the periods ended on the 18th birthday from foster care, with Staying Put still in place 3 months on', () => {
    const ledger = new TestLedger();
    endsAt18(ledger, 'STAYS', 'E17').stayingPut('2023-06-01', 'A');
    endsAt18(ledger, 'ENDS_EARLY', 'E17').stayingPut('2023-06-01', 'A').endStayingPut('2023-08-01');
    endsAt18(ledger, 'ENDS_ON_THE_DAY', 'E17').stayingPut('2023-06-01', 'A').endStayingPut('2023-09-01');
    endsAt18(ledger, 'OTHER_CARER', 'E17').stayingPut('2023-06-01', 'B');
    endsAt18(ledger, 'INDEPENDENT', 'E5');
    endsAt18(ledger, 'CHILDRENS_HOME', 'E17', { home: true }).stayingPut('2023-06-01');
    endsAt18(ledger, 'DAY_AFTER', 'E17', { day: '2023-06-02' }).stayingPut('2023-06-02', 'A');

    expect(careLeaversOf(ledger).stayingPutAt18).toEqual({ numerator: 1, denominator: 5, percent: 20 });
  });
});
