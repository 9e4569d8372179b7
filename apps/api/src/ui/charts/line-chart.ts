import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface TrendPoint {
  /** A month end, YYYY-MM-DD. */
  readonly monthEnd: string;
  /** The figure that month; null when it has no children to count. */
  readonly value: number | null;
}

export interface TrendChart {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The axis title: "Children" or "Per cent of children". */
  readonly unit: string;
  readonly points: readonly TrendPoint[];
  /** A council's own target, drawn as a dashed line. */
  readonly target?: number;
}

const escapeXml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function specOf(chart: TrendChart): TopLevelSpec {
  const values = chart.points
    .filter((p) => p.value !== null)
    .map((p) => ({ month: p.monthEnd, value: p.value }));
  const line = {
    mark: { type: 'line' as const, point: true, color: '#1d70b8' },
    encoding: {
      x: {
        field: 'month',
        type: 'temporal' as const,
        title: 'Month end',
        axis: { format: '%b %Y', labelAngle: -40 },
      },
      y: { field: 'value', type: 'quantitative' as const, title: chart.unit },
    },
  };
  const target = {
    data: { values: [{ target: chart.target }] },
    mark: { type: 'rule' as const, strokeDash: [6, 4], color: '#d4351c', strokeWidth: 2 },
    encoding: { y: { field: 'target', type: 'quantitative' as const } },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    width: 560,
    height: 220,
    data: { values },
    layer: chart.target === undefined ? [line] : [line, target],
    // The chart's words are given once, as the SVG's own title and description.
    config: { aria: false, font: 'arial, sans-serif', axis: { labelFontSize: 12, titleFontSize: 13 } },
  };
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 64;

/**
 * A trend drawn on the server as SVG (Vega-Lite, no canvas, no script in the page), marked as
 * one image with its title and description; the page puts the table of its numbers beside it.
 * The same chart is drawn once: warm pages reuse it.
 */
export async function trendChartSvg(chart: TrendChart): Promise<string> {
  const key = JSON.stringify(chart);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const view = new vega.View(vega.parse(compile(specOf(chart)).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  // Vega marks its groups with ARIA roles of its own; the chart is one image, named once.
  const plain = svg.replace(/ (role|aria-[a-z]+)="[^"]*"/g, '');
  const accessible = plain.replace(
    /^<svg([^>]*)>/,
    `<svg$1 role="img" aria-labelledby="${titleId} ${descId}" focusable="false">` +
      `<title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.description)}</desc>`,
  );
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, accessible);
  return accessible;
}
