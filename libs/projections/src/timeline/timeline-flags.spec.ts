import { TestLedger, placed } from '../testing/test-ledger';
import { buildTimeline } from './build-timeline';

describe('buildTimeline: flags', () => {
  const born2005 = { dateOfBirth: '2005-06-01' };

  it('flags care still open past the 18th birthday (DfE rule 359), judged as known on the latest recording', () => {
    const child = new TestLedger(undefined, '2024-01-10T09:00:00Z')
      .child('C1', born2005)
      .startCare('2022-05-01', placed('U4', 'A'), 'C2');
    expect(buildTimeline(child.records()).flags).toEqual([
      expect.objectContaining({ code: 'CARE_OPEN_PAST_18', rule: '359', since: '2023-06-01' }),
    ]);
  });

  it('does not flag care that ended by the 18th birthday, or accommodation under s20(5) in K2', () => {
    const ended = new TestLedger(undefined, '2024-01-10T09:00:00Z')
      .child('C1', born2005)
      .startCare('2022-05-01', placed('U4', 'A'), 'C2')
      .endCare('2023-06-01', 'E8');
    expect(buildTimeline(ended.records()).flags).toEqual([]);
    const k2 = new TestLedger(undefined, '2024-01-10T09:00:00Z')
      .child('C2', born2005)
      .startCare('2022-05-01', placed('K2', 'H'), 'V2');
    expect(buildTimeline(k2.records()).flags).toEqual([]);
    const young = new TestLedger(undefined, '2023-05-31T09:00:00Z')
      .child('C3', born2005)
      .startCare('2022-05-01', placed('U4', 'A'), 'C2');
    expect(buildTimeline(young.records()).flags).toEqual([]);
  });
});
