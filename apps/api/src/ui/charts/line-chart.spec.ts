import { trendChartSvg } from './line-chart';

describe('trend charts', () => {
  const chart = {
    id: 'cla',
    title: 'Children looked after <at month end>',
    description: 'From 120 in April 2023 to 131 in March 2024',
    unit: 'Children',
    points: [
      { monthEnd: '2023-04-30', value: 120 },
      { monthEnd: '2023-05-31', value: null },
      { monthEnd: '2023-06-30', value: 131 },
    ],
  };

  it('is one SVG image named by its title and description, escaped, with no script', async () => {
    const svg = await trendChartSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="cla-title cla-desc"');
    expect(svg).toContain('<title id="cla-title">Children looked after &lt;at month end&gt;</title>');
    expect(svg).toContain('<desc id="cla-desc">From 120 in April 2023 to 131 in March 2024</desc>');
    expect(svg).not.toContain('<script');
    // One point per month with a figure: the month with none is left out, not drawn as 0.
    expect(svg.match(/role-mark|<path[^>]*mark-symbol|class="mark-symbol/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('draws a target line only when a target is set', async () => {
    const without = await trendChartSvg(chart);
    const withTarget = await trendChartSvg({ ...chart, id: 'cla2', target: 125 });
    expect(without).not.toContain('mark-rule role-mark');
    expect(withTarget).toContain('mark-rule');
    expect(withTarget).not.toBe(without);
  });
});
