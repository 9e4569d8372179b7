import { computeSeries } from '@ledger/projections';
import { trendsOf } from './trends';

describe('the dashboard’s trends', () => {
  const series = computeSeries([], { from: '2023-04-01', to: '2023-06-30' });

  it('gives each month end a row of the table beside its chart, and says when no month has children', async () => {
    const trends = await trendsOf(series, []);
    expect(trends.map((t) => t.id)).toEqual([
      'trend-children-looked-after',
      'trend-three-plus',
      'trend-over-20-miles',
      'trend-outside',
    ]);
    const [children, threePlus] = trends;
    expect(children.rows).toEqual([
      { monthEnd: '2023-04-30', number: '0', outOf: '', percent: '' },
      { monthEnd: '2023-05-31', number: '0', outOf: '', percent: '' },
      { monthEnd: '2023-06-30', number: '0', outOf: '', percent: '' },
    ]);
    expect(threePlus.isRatio).toBe(true);
    expect(threePlus.rows[0]).toEqual({ monthEnd: '2023-04-30', number: '0', outOf: '0', percent: '' });
    expect(threePlus.svg).toContain('no month in the window has children to count');
  });

  it('draws a council’s target on the figure it is set for, and on no other', async () => {
    const trends = await trendsOf(series, [{ figure: 'location.all.over20Miles', percent: 15 }]);
    const over20 = trends.find((t) => t.id === 'trend-over-20-miles')!;
    expect(over20.target).toBe(15);
    expect(over20.svg).toContain('mark-rule');
    expect(trends.filter((t) => t.target !== undefined)).toHaveLength(1);
  });
});
