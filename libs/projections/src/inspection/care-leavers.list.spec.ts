import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { LIST_9_COLUMNS, annexAList9 } from './care-leavers.list';

const D = '2024-03-31';
const list9 = (ledger: TestLedger) => annexAList9(timelinesOf(ledger.records), { date: D });
const idsOf = (ledger: TestLedger) => list9(ledger).rows.map((row) => row.childId);
const foster = (carer: string) => placed('U4', carer);

describe('Annex A List 9: who is a care leaver on D', () => {
  it('needs care ending after the 16th birthday: ceasing on the birthday itself is not enough', () => {
    const ledger = new TestLedger();
    ledger
      .child('CEASED_ON_16TH', { dateOfBirth: '2007-03-01' })
      .startCare('2021-01-01', foster('A'))
      .endCare('2023-03-01', 'E8');
    ledger
      .child('CEASED_DAY_AFTER', { dateOfBirth: '2007-03-01' })
      .startCare('2021-01-01', foster('A'))
      .endCare('2023-03-02', 'E8');

    expect(idsOf(ledger)).toEqual(['CEASED_DAY_AFTER']);
  });

  it('needs 91 days of care on or after the 14th birthday, added up over periods of care', () => {
    const ledger = new TestLedger();
    // Born 1 January 2006: 14 on 1 January 2020, 16 on 1 January 2022. 30 + 61 days; 30 + 60 days.
    ledger
      .child('DAYS_91', { dateOfBirth: '2006-01-01' })
      .startCare('2020-06-01', foster('A'))
      .endCare('2020-07-01', 'E4A')
      .startCare('2021-11-02', foster('B'))
      .endCare('2022-01-02', 'E4A');
    ledger
      .child('DAYS_90', { dateOfBirth: '2006-01-01' })
      .startCare('2020-06-01', foster('A'))
      .endCare('2020-07-01', 'E4A')
      .startCare('2021-11-03', foster('B'))
      .endCare('2022-01-02', 'E4A');
    // Years of care before the 14th birthday do not count: 31 + 32 days after it.
    ledger
      .child('MOSTLY_BEFORE_14', { dateOfBirth: '2006-01-01' })
      .startCare('2012-01-01', foster('A'))
      .endCare('2020-02-01', 'E4A')
      .startCare('2021-12-01', foster('B'))
      .endCare('2022-01-02', 'E4A');

    expect(idsOf(ledger)).toEqual(['DAYS_91']);
  });

  it('takes ages 17 to 21 on D, and leaves out the adopted, the dead, those in care and short breaks', () => {
    const ledger = new TestLedger();
    const leaver = (id: string, dateOfBirth: string, ended: string, reason: 'E8' | 'E11' | 'E2' = 'E8') =>
      ledger.child(id, { dateOfBirth }).startCare('2019-01-01', foster('A')).endCare(ended, reason);
    leaver('AGE_16', '2007-06-01', '2023-12-01');
    leaver('AGE_17', '2006-06-01', '2023-01-01');
    leaver('AGE_21', '2002-04-01', '2020-04-01');
    leaver('AGE_22', '2002-03-31', '2020-04-01');
    leaver('ADOPTED', '2006-01-01', '2022-06-01', 'E11');
    leaver('DIED', '2006-01-01', '2022-06-01', 'E2');
    ledger.child('IN_CARE', { dateOfBirth: '2006-06-01' }).startCare('2019-01-01', foster('A'));
    ledger
      .child('SHORT_BREAKS', { dateOfBirth: '2006-01-01' })
      .startCare('2021-01-01', foster('A'), 'V4')
      .endCare('2023-01-01', 'E8');
    ledger
      .child('LEFT_AFTER_D', { dateOfBirth: '2006-01-01' })
      .startCare('2019-01-01', foster('A'))
      .endCare('2024-04-01', 'E8');

    expect(idsOf(ledger)).toEqual(['AGE_17', 'AGE_21']);
  });
});

describe('Annex A List 9: the row', () => {
  it('reads the latest contact on or before D, and nulls without one', () => {
    const ledger = new TestLedger();
    ledger
      .child('WITH_CONTACT', { dateOfBirth: '2005-06-01', sex: 'F', ethnicity: 'BAFR' })
      .startCare('2020-01-01', foster('A'))
      .endCare('2023-06-01', 'E17')
      .contact('2023-06-01', 'YES', 'F2', 'Z1')
      .contact('2024-02-01', 'YES', 'G5', 'W2')
      .contact('2024-04-10', 'NO', '0', '0');
    ledger
      .child('NO_CONTACT', { dateOfBirth: '2006-01-01', sex: 'M' })
      .startCare('2021-01-01', foster('A'))
      .endCare('2023-02-01', 'E8');
    ledger
      .child('RETURNED_HOME', { dateOfBirth: '2006-01-01' })
      .startCare('2021-01-01', foster('A'))
      .endCare('2023-02-01', 'E4A')
      .contact('2024-01-05', 'RHOM', '0', '0');

    const result = list9(ledger);
    expect(result).toMatchObject({ list: 9, date: D, columns: [...LIST_9_COLUMNS] });
    expect(result.rows).toEqual([
      {
        childId: 'NO_CONTACT',
        gender: 'M',
        ethnicity: null,
        dateOfBirth: '2006-01-01',
        age: 18,
        latestContactDate: null,
        inTouch: null,
        accommodation: null,
        suitability: null,
        activity: null,
      },
      expect.objectContaining({
        childId: 'RETURNED_HOME',
        latestContactDate: '2024-01-05',
        inTouch: 'RHOM',
        accommodation: null,
        suitability: null,
        activity: '0',
      }),
      {
        childId: 'WITH_CONTACT',
        gender: 'F',
        ethnicity: 'BAFR',
        dateOfBirth: '2005-06-01',
        age: 18,
        latestContactDate: '2024-02-01',
        inTouch: 'YES',
        accommodation: 'W',
        suitability: 'unsuitable',
        activity: 'G5',
      },
    ]);
  });
});
