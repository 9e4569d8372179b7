import { DomainError } from '@ledger/domain';
import { TestLedger, placed } from '../testing/test-ledger';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';
import { computeSeries, monthEndsIn } from './compute-series';
import type { ReportFilters } from './report.types';

const YEAR = { from: '2023-04-01', to: '2024-03-31' };

function mixedLedger(): TestLedger {
  const ledger = new TestLedger();
  ledger.child('BABY', { dateOfBirth: '2023-06-01' }).startCare('2023-06-02', placed('U4', 'A'));
  ledger.child('TEEN', { dateOfBirth: '2008-01-01' }).startCare('2020-01-01', placed('K2', 'H'));
  ledger
    .child('ELSEWHERE', { dateOfBirth: '2012-01-01', responsibleAuthority: 'E06000058' })
    .startCare('2020-01-01', placed('U4', 'B', { authority: 'E06000058' }));
  ledger
    .child('LEFT', { dateOfBirth: '2012-01-01' })
    .startCare('2020-01-01', placed('U4', 'C'))
    .move('2023-05-01', placed('U4', 'D'), { reason: 'CHILD' })
    .endCare('2023-12-01', 'E4A');
  return ledger;
}

describe('report filters', () => {
  const reportWith = (filters: ReportFilters) =>
    computeReport(timelinesOf(mixedLedger().records), { ...YEAR, filters });

  it('restricts the report to the children in the placement group on `to`', () => {
    const report = reportWith({ placementGroup: 'childrensHomes' });
    expect(report.snapshot.childrenLookedAfter).toBe(1);
    expect(report.stability.movesByReason.CHILD).toBe(0);
    expect(report.filters).toEqual({ placementGroup: 'childrensHomes' });
  });

  it('restricts by age band on `to`', () => {
    expect(reportWith({ ageBand: 'under1' }).snapshot.childrenLookedAfter).toBe(1);
    expect(reportWith({ ageBand: '16+' }).snapshot.childrenLookedAfter).toBe(1);
    const tens = reportWith({ ageBand: '10-15' });
    expect(tens.snapshot.childrenLookedAfter).toBe(1);
    expect(tens.stability.movesByReason.CHILD).toBe(1);
  });

  it('restricts by responsible authority, read from the details on `to`', () => {
    expect(reportWith({ responsibleAuthority: 'E06000058' }).snapshot.childrenLookedAfter).toBe(1);
    expect(reportWith({ responsibleAuthority: 'e06000059' }).snapshot.childrenLookedAfter).toBe(2);
  });

  it('rejects an unknown filter value or a window that ends before it starts, naming the field', () => {
    const timelines = timelinesOf(mixedLedger().records);
    expect(() => computeReport(timelines, { from: '2024-01-01', to: '2023-01-01' })).toThrow(DomainError);
    expect(() => computeReport(timelines, { from: '2024-02-30', to: '2024-03-31' })).toThrow(
      /from is not a date/,
    );
    expect(() =>
      computeReport(timelines, { ...YEAR, filters: { ageBand: 'teen' as unknown as '16+' } }),
    ).toThrow(/Unknown age band: teen/);
  });
});

describe('computeSeries', () => {
  it('lists the month ends in the window', () => {
    expect(monthEndsIn('2023-01-31', '2023-04-29')).toEqual(['2023-01-31', '2023-02-28', '2023-03-31']);
    expect(monthEndsIn('2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
    expect(monthEndsIn('2023-12-01', '2024-01-31')).toEqual(['2023-12-31', '2024-01-31']);
  });

  it('gives at each month end the snapshot, location and 2a over the twelve months to it', () => {
    const ledger = new TestLedger();
    ledger
      .child('MOVER')
      .startCare('2022-06-01', placed('U4', 'A'))
      .move('2023-01-01', placed('U4', 'B'))
      .move('2023-02-15', placed('K2', 'C', { authority: 'WAL' }));
    ledger.child('NEWCOMER').startCare('2023-03-01', placed('U4', 'D'));

    const series = computeSeries(timelinesOf(ledger.records), { from: '2023-01-01', to: '2024-01-31' });
    expect(series.points).toHaveLength(13);
    expect(series.points.slice(0, 4).map((p) => [p.monthEnd, p.snapshot.childrenLookedAfter])).toEqual([
      ['2023-01-31', 1],
      ['2023-02-28', 1],
      ['2023-03-31', 2],
      ['2023-04-30', 2],
    ]);
    // The first placement [2022-06-01, 2023-01-01) last covers the 12 months ending 30 November 2023.
    expect(series.points.map((p) => p.stability.threePlusPlacements12Months.numerator)).toEqual([
      0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0,
    ]);
    expect(series.points[1].location.all.outside).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });
});
