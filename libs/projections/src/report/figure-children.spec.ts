import fc from 'fast-check';
import { DomainError } from '@ledger/domain';
import { TestLedger, placed } from '../testing/test-ledger';
import { scenarioArbitrary } from '../testing/journey.arbitrary';
import { timelinesOf } from '../testing/timelines-of';
import { computeReport } from './compute-report';
import { figureAt, figureChildren } from './figure-children';
import type { MeasuresReport } from './report.types';

/** Every figure path of a report: ratios, days figures and counts. */
function figurePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'number') return [prefix];
  if (value === null || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  if ('numerator' in v || 'count' in v) return [prefix];
  return Object.entries(v).flatMap(([key, inner]) => figurePaths(inner, prefix ? `${prefix}.${key}` : key));
}

const reportPaths = (report: MeasuresReport) =>
  figurePaths({
    stability: report.stability,
    location: report.location,
    adoption: report.adoption,
    careLeavers: report.careLeavers,
    snapshot: report.snapshot,
  });

describe('the children behind a figure', () => {
  it('adds up to every figure of the report, on random journeys', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ records, window }) => {
        const timelines = timelinesOf(records);
        const options = { from: window.from, to: window.to };
        const report = computeReport(timelines, options);
        for (const path of reportPaths(report)) {
          const members = figureChildren(timelines, options, path);
          const figure = figureAt(report, path) as Record<string, number> | number;
          const numerator = members.reduce((sum, m) => sum + m.numerator, 0);
          const denominator = members.reduce((sum, m) => sum + m.denominator, 0);
          if (typeof figure === 'number') expect(numerator).toBe(figure);
          else if ('count' in figure) expect(numerator).toBe(figure.count);
          else expect([numerator, denominator]).toEqual([figure.numerator, figure.denominator]);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('names the children with three or more placements, and the children counted beside them', () => {
    const ledger = new TestLedger();
    ledger
      .child('MOVER')
      .startCare('2023-01-01', placed('U4', 'A'))
      .move('2023-05-01', placed('U4', 'B'), { reason: 'CHILD' })
      .move('2023-09-01', placed('U4', 'C'), { reason: 'CHILD' });
    ledger.child('SETTLED').startCare('2022-01-01', placed('U4', 'D'));
    const members = figureChildren(
      timelinesOf(ledger.records),
      { from: '2023-04-01', to: '2024-03-31' },
      'stability.threePlusPlacements',
    );
    expect(members).toEqual([
      { childId: 'MOVER', numerator: 1, denominator: 1 },
      { childId: 'SETTLED', numerator: 0, denominator: 1 },
    ]);
  });

  it('refuses a path that is not a figure, naming it', () => {
    expect(() => figureChildren([], { from: '2023-04-01', to: '2024-03-31' }, 'stability.nothing')).toThrow(
      DomainError,
    );
    expect(() => figureChildren([], { from: '2023-04-01', to: '2024-03-31' }, 'window')).toThrow(
      'No figure window in the report',
    );
  });
});
