import { type MeasuresSeries, type Ratio, type SeriesPoint } from '@ledger/projections';
import { type TrendChart, trendChartSvg, type TrendPoint } from '../charts/line-chart';
import { longDate } from '../render/ui-renderer';
import { type UiTarget } from '../ui-config';

interface TrendDefinition {
  readonly id: string;
  readonly figure: string;
  readonly title: string;
  readonly unit: string;
  readonly section: string;
  readonly pick: (point: SeriesPoint) => number | Ratio;
}

const TRENDS: readonly TrendDefinition[] = [
  {
    id: 'trend-children-looked-after',
    figure: 'snapshot.childrenLookedAfter',
    title: 'Children looked after at each month end',
    unit: 'Children',
    section: '6',
    pick: (p) => p.snapshot.childrenLookedAfter,
  },
  {
    id: 'trend-three-plus',
    figure: 'stability.threePlusPlacements',
    title: 'Children with 3 or more placements in the 12 months to each month end',
    unit: 'Per cent of children',
    section: '2a',
    pick: (p) => p.stability.threePlusPlacements12Months,
  },
  {
    id: 'trend-over-20-miles',
    figure: 'location.all.over20Miles',
    title: 'Children placed more than 20 miles from home at each month end',
    unit: 'Per cent of children',
    section: '3',
    pick: (p) => p.location.all.over20Miles,
  },
  {
    id: 'trend-outside',
    figure: 'location.all.outside',
    title: 'Children placed outside the council’s area at each month end',
    unit: 'Per cent of children',
    section: '3',
    pick: (p) => p.location.all.outside,
  },
];

export interface TrendView {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly svg: string;
  readonly isRatio: boolean;
  readonly target?: number;
  readonly rows: readonly { monthEnd: string; number: string; outOf: string; percent: string }[];
}

function describe(title: string, points: readonly TrendPoint[], unit: string, target?: number): string {
  const known = points.filter((p) => p.value !== null);
  const suffix = unit === 'Children' ? '' : '%';
  if (known.length === 0) return `${title}: no month in the window has children to count.`;
  const first = known[0];
  const last = known[known.length - 1];
  const values = known.map((p) => p.value as number);
  const words =
    `From ${first.value}${suffix} at ${longDate(first.monthEnd)} to ${last.value}${suffix} at ${longDate(last.monthEnd)}; ` +
    `lowest ${Math.min(...values)}${suffix}, highest ${Math.max(...values)}${suffix}.`;
  return target === undefined ? words : `${words} The council's target is ${target}%.`;
}

/** The dashboard's monthly trends: each chart with its words and the table of its numbers. */
export async function trendsOf(series: MeasuresSeries, targets: readonly UiTarget[]): Promise<TrendView[]> {
  return Promise.all(
    TRENDS.map(async (trend) => {
      const values = series.points.map((p) => ({ monthEnd: p.monthEnd, value: trend.pick(p) }));
      const isRatio = values.some((v) => typeof v.value !== 'number');
      const points: TrendPoint[] = values.map((v) => ({
        monthEnd: v.monthEnd,
        value: typeof v.value === 'number' ? v.value : v.value.percent,
      }));
      const target = isRatio ? targets.find((t) => t.figure === trend.figure)?.percent : undefined;
      const chart: TrendChart = {
        id: trend.id,
        title: trend.title,
        description: describe(trend.title, points, trend.unit, target),
        unit: trend.unit,
        points,
        target,
      };
      return {
        id: trend.id,
        title: trend.title,
        section: trend.section,
        svg: await trendChartSvg(chart),
        isRatio,
        target,
        rows: values.map((v) =>
          typeof v.value === 'number'
            ? { monthEnd: v.monthEnd, number: String(v.value), outOf: '', percent: '' }
            : {
                monthEnd: v.monthEnd,
                number: String(v.value.numerator),
                outOf: String(v.value.denominator),
                percent: v.value.percent === null ? '' : v.value.percent.toFixed(1),
              },
        ),
      };
    }),
  );
}
