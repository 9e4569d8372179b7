import { TestLedger, placed } from '../testing/test-ledger';
import { buildTimeline } from './build-timeline';
import { isLookedAfterOn, placementOn } from './timeline.queries';

const foster = (carer: string) => placed('U4', carer);

describe('buildTimeline: placements, moves and periods (docs/measures.md §1)', () => {
  it('folds a temporary placement and the return into the carer spell that runs through both', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .temporary('2023-05-01', { type: 'T1' })
      .returnFromTemporary('2023-05-10');
    const timeline = buildTimeline(child.records());

    expect(timeline.placements).toEqual([{ start: '2023-01-10', period: 0, placement: foster('A') }]);
    expect(timeline.moves).toEqual([]);
    expect(timeline.temporaryPlacements).toEqual([
      { start: '2023-05-01', end: '2023-05-10', period: 0, spell: 0, placement: { type: 'T1' } },
    ]);
    expect(placementOn(timeline, '2023-05-05')?.placement.type).toBe('T1');
    expect(placementOn(timeline, '2023-05-10')?.placement).toEqual(foster('A'));
    expect(timeline.episodes.map((e) => [e.decom, e.dec, e.rne, e.placement.type, e.rec])).toEqual([
      ['2023-01-10', '2023-05-01', 'S', 'U4', 'X1'],
      ['2023-05-01', '2023-05-10', 'P', 'T1', 'X1'],
      ['2023-05-10', undefined, 'P', 'U4', undefined],
    ]);
  });

  it('does not count a legal-status-only change as a move or a new placement', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'), 'C1')
      .legal('2023-03-01', 'C2');
    const timeline = buildTimeline(child.records());

    expect(timeline.placements).toHaveLength(1);
    expect(timeline.moves).toEqual([]);
    expect(timeline.episodes.map((e) => e.rne)).toEqual(['S', 'L']);
    expect(timeline.legalStatuses).toEqual([
      { start: '2023-01-10', end: '2023-03-01', legalStatus: 'C1' },
      { start: '2023-03-01', legalStatus: 'C2' },
    ]);
  });

  it('counts a move with the same carer as a move but not a new placement (T, or U with a legal change)', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .move('2023-04-01', placed('U4', 'A', { postcode: 'BH1 1AA' }), { carerChanged: false })
      .move('2023-06-01', placed('A5', 'A'), { carerChanged: false, reason: 'CARPL' })
      .legal('2023-06-01', 'E1');
    const timeline = buildTimeline(child.records());

    expect(timeline.placements).toHaveLength(1);
    expect(timeline.moves.map((m) => [m.date, m.reason, m.carerChanged])).toEqual([
      ['2023-04-01', 'PLACE', false],
      ['2023-06-01', 'CARPL', false],
    ]);
    expect(timeline.episodes.map((e) => [e.rne, e.reasonPlaceChange])).toEqual([
      ['S', 'PLACE'],
      ['T', 'CARPL'],
      ['U', undefined],
    ]);
  });

  it('combines same-day changes into one episode and one move, dropping zero-length spells', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .move('2023-01-10', foster('B'), { reason: 'OTHER' })
      .move('2023-03-01', foster('C'), { reason: 'CREQB' })
      .move('2023-03-01', foster('D'), { reason: 'STAND' })
      .legal('2023-03-01', 'C1');
    const timeline = buildTimeline(child.records());

    expect(timeline.placements.map((p) => [p.start, p.placement.carerId])).toEqual([
      ['2023-01-10', 'B'],
      ['2023-03-01', 'D'],
    ]);
    expect(timeline.moves.map((m) => [m.date, m.reason, m.from.carerId, m.to.carerId])).toEqual([
      ['2023-03-01', 'CREQB', 'B', 'D'],
    ]);
    expect(timeline.episodes.map((e) => [e.decom, e.rne, e.legalStatus])).toEqual([
      ['2023-01-10', 'S', 'C2'],
      ['2023-03-01', 'B', 'C1'],
    ]);
  });

  it('starts a new period, with a new first placement, when the child comes back the next day', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2022-01-10', foster('A'))
      .endCare('2023-02-01', 'E4A')
      .startCare('2023-02-02', foster('A'));
    const timeline = buildTimeline(child.records());

    expect(timeline.periods.map((p) => [p.start, p.end, p.endReason])).toEqual([
      ['2022-01-10', '2023-02-01', 'E4A'],
      ['2023-02-02', undefined, undefined],
    ]);
    expect(timeline.placements.map((p) => [p.start, p.end, p.period])).toEqual([
      ['2022-01-10', '2023-02-01', 0],
      ['2023-02-02', undefined, 1],
    ]);
    expect(isLookedAfterOn(timeline, '2023-02-01')).toBe(false);
    expect(isLookedAfterOn(timeline, '2023-01-31')).toBe(true);
  });

  it('orders same-day facts by the domain rank: a return comes before a new temporary placement', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .temporary('2023-02-01', { type: 'T1' })
      .temporary('2023-02-10', { type: 'T2' })
      .returnFromTemporary('2023-02-10');
    const timeline = buildTimeline(child.records());

    expect(timeline.temporaryPlacements.map((t) => [t.start, t.end, t.placement.type])).toEqual([
      ['2023-02-01', '2023-02-10', 'T1'],
      ['2023-02-10', undefined, 'T2'],
    ]);
    expect(timeline.placements).toHaveLength(1);
  });

  it('folds a temporary placement that ended on the day the child moved on', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .temporary('2023-02-01')
      .returnFromTemporary('2023-02-05')
      .move('2023-02-05', foster('B'), { reason: 'CREQO' });
    const timeline = buildTimeline(child.records());

    expect(timeline.moves.map((m) => [m.date, m.reason, m.from.carerId])).toEqual([
      ['2023-02-05', 'CREQO', 'A'],
    ]);
    expect(timeline.episodes.map((e) => [e.decom, e.rne, e.placement.type])).toEqual([
      ['2023-01-10', 'S', 'U4'],
      ['2023-02-01', 'P', 'T1'],
      ['2023-02-05', 'P', 'U4'],
    ]);
  });

  it('makes a move straight from a temporary placement to a new carer a move and a new placement', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .temporary('2023-02-01')
      .move('2023-02-05', foster('B'), { reason: 'CREQO' });
    const timeline = buildTimeline(child.records());

    expect(timeline.placements).toHaveLength(2);
    expect(timeline.moves.map((m) => [m.date, m.reason])).toEqual([['2023-02-05', 'CREQO']]);
    expect(timeline.temporaryPlacements.map((t) => [t.start, t.end])).toEqual([['2023-02-01', '2023-02-05']]);
  });

  it('decides "same carer" by the carer identifiers when both placements have one, else by the move', () => {
    const child = new TestLedger()
      .child('C1')
      .startCare('2023-01-10', foster('A'))
      .move('2023-02-01', placed('U6', 'A'), { carerChanged: true })
      .move('2023-03-01', foster('B'), { carerChanged: false })
      .move(
        '2023-04-01',
        { type: 'K2', provider: 'PR4' },
        {
          carerChanged: false,
        },
      )
      .move(
        '2023-05-01',
        { type: 'K2', provider: 'PR4' },
        {
          carerChanged: true,
        },
      );
    const timeline = buildTimeline(child.records());

    expect(timeline.moves).toHaveLength(4);
    expect(timeline.placements.map((p) => p.start)).toEqual(['2023-01-10', '2023-03-01', '2023-05-01']);
    expect(timeline.episodes.map((e) => e.rne)).toEqual(['S', 'T', 'P', 'T', 'P']);
  });
});
