import { TestLedger, placed } from '../testing/test-ledger';
import { buildTimeline } from './build-timeline';
import { detailsOn, isLookedAfterOn, isUascOn } from './timeline.queries';

const foster = (carer: string) => placed('U4', carer);

describe('buildTimeline: short breaks (docs/measures.md §0)', () => {
  it('keeps a child whose only care was short breaks out of every period, but lists the 903 episodes', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', placed('K2', 'R'), 'V3')
      .endCare('2023-01-14', 'E8');
    const timeline = buildTimeline(child.records());

    expect(timeline.onlyShortBreaks).toBe(true);
    expect(timeline.periods).toEqual([]);
    expect(timeline.placements).toEqual([]);
    expect(timeline.episodes.map((e) => [e.decom, e.dec, e.legalStatus, e.rec])).toEqual([
      ['2023-01-10', '2023-01-14', 'V3', 'E8'],
    ]);
  });

  it('cuts a period at a short-break legal status: care after the break is a new period', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'), 'V2')
      .legal('2023-03-01', 'V4')
      .legal('2023-05-01', 'V2')
      .move('2023-06-01', foster('B'));
    const timeline = buildTimeline(child.records());

    expect(timeline.onlyShortBreaks).toBe(false);
    expect(timeline.periods.map((p) => [p.start, p.end, p.endReason])).toEqual([
      ['2023-01-10', '2023-03-01', undefined],
      ['2023-05-01', undefined, undefined],
    ]);
    expect(timeline.placements.map((p) => [p.start, p.period])).toEqual([
      ['2023-01-10', 0],
      ['2023-05-01', 1],
      ['2023-06-01', 1],
    ]);
    expect(isLookedAfterOn(timeline, '2023-04-01')).toBe(false);
  });
});

describe('buildTimeline: corrections and time travel', () => {
  it('removes a voided entry, and a voided void no longer voids', () => {
    const ledger = new TestLedger();
    const child = ledger.child('C1').startCare('2023-01-10', foster('A')).move('2023-03-01', foster('B'));
    const moveId = child.lastId;
    child.void(moveId);
    expect(buildTimeline(child.records()).placements).toHaveLength(1);

    const voidId = child.lastId;
    child.void(voidId);
    expect(buildTimeline(child.records()).placements).toHaveLength(2);
  });

  it('filters by asKnownAt before applying voids: a void recorded later is ignored', () => {
    const ledger = new TestLedger();
    const child = ledger.child('C1').startCare('2023-01-10', foster('A')).move('2023-03-01', foster('B'));
    const moveId = child.lastId;
    const moveRecord = ledger.records[ledger.records.length - 1];
    ledger.at('2025-06-01T12:00:00Z');
    child.void(moveId);

    expect(
      buildTimeline(child.records(), { asKnownAt: { position: moveRecord.position } }).moves,
    ).toHaveLength(1);
    expect(
      buildTimeline(child.records(), { asKnownAt: { recordedAt: '2025-06-01T11:59:59.999Z' } }).moves,
    ).toHaveLength(1);
    expect(
      buildTimeline(child.records(), { asKnownAt: { recordedAt: '2025-06-01T12:00:00.000Z' } }).moves,
    ).toHaveLength(0);
    expect(buildTimeline(child.records()).moves).toHaveLength(0);
  });

  it('orders facts by effective date: a backdated move recorded later takes its place in the story', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .move('2023-06-01', foster('C'), { reason: 'CHILD' })
      .move('2023-03-01', foster('B'), { reason: 'ALLEG' });
    const timeline = buildTimeline(child.records());

    expect(timeline.placements.map((p) => p.placement.carerId)).toEqual(['A', 'B', 'C']);
    expect(timeline.moves.map((m) => [m.date, m.reason])).toEqual([
      ['2023-03-01', 'ALLEG'],
      ['2023-06-01', 'CHILD'],
    ]);
  });
});

describe('buildTimeline: details, episodes and life events', () => {
  it('reads details on a day, and gives each episode the home postcode on its start', () => {
    const child = new TestLedger()
      .child('C1', { uasc: true, uascCeasedOn: '2024-01-01', homePostcode: 'DT1 1AA' })
      .startCare('2023-01-10', foster('A'))
      .updateDetails('2023-05-01', { homePostcode: 'BH1 1AA' })
      .move('2023-06-01', foster('B'));
    const timeline = buildTimeline(child.records());

    expect(timeline.episodes.map((e) => e.homePostcode)).toEqual(['DT1 1AA', 'BH1 1AA']);
    expect(detailsOn(timeline, '2023-04-30')?.homePostcode).toBe('DT1 1AA');
    expect(timeline.details?.homePostcode).toBe('BH1 1AA');
    expect(isUascOn(detailsOn(timeline, '2023-12-31'), '2023-12-31')).toBe(true);
    expect(isUascOn(detailsOn(timeline, '2024-01-01'), '2024-01-01')).toBe(false);
  });

  it('closes the last episode with the reason care ended and keeps Staying Put, contacts and adoption milestones', () => {
    const child = new TestLedger()
      .child('C1', { dateOfBirth: '2005-03-01' })
      .startCare('2020-01-10', foster('A'))
      .endCare('2023-03-01', 'E17')
      .stayingPut('2023-03-01', 'A')
      .endStayingPut('2023-09-01')
      .contact('2023-03-05', 'YES', 'F2', 'Z1')
      .decision('2021-01-01')
      .match('2021-02-01', true)
      .reverse('2021-06-01', 'RD3');
    const timeline = buildTimeline(child.records());

    expect(timeline.episodes.map((e) => e.rec)).toEqual(['E17']);
    expect(timeline.stayingPut).toEqual([{ start: '2023-03-01', end: '2023-09-01', carerId: 'A' }]);
    expect(timeline.careLeaverContacts).toEqual([
      { date: '2023-03-05', inTouch: 'YES', activity: 'F2', accommodation: 'Z1' },
    ]);
    expect(timeline.adoption).toEqual({
      decisions: ['2021-01-01'],
      matches: [{ date: '2021-02-01', byFosterCarer: true }],
      reversals: [{ date: '2021-06-01', reason: 'RD3' }],
    });
  });
});
