import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';

const GROUPS = [
  'foster',
  'placedForAdoption',
  'placedWithParents',
  'childrensHomes',
  'supportedAccommodation',
  'residentialSchools',
  'other',
];
const BANDS = ['under1', '1-4', '5-9', '10-15', '16+'];

/**
 * The forecast over real HTTP and the real CLI, on a generated authority imported through the
 * import path (four yearly returns, ending 2024-25, in one import).
 */
describe('the sufficiency forecast over HTTP and the CLI', () => {
  const tmp = tempDir();
  const dbFile = `${tmp.dir}/ledger.db`;
  let api: RunningApi;
  const cli = async (args: string[]) => {
    const result = await ledger(['forecast', ...args, '--db', dbFile]);
    if (result.code !== 0) throw new Error(`ledger forecast ${args.join(' ')}: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    api = await startApi({ dbFile });
    const demo = await ledger(['demo', '--children', '40', '--years', '4', '--seed', '3', '--db', dbFile]);
    if (demo.code !== 0) throw new Error(demo.stderr);
  });
  afterAll(async () => {
    await api.close();
    tmp.remove();
  });

  it('gives the forecast in the shape of the issue, the same from the API and the CLI, without a child id', async () => {
    const http = await call(api.url, 'GET', '/forecast');
    expect(http.status).toBe(200);
    expect(await cli(['--json'])).toEqual(http.body);
    const body = http.body;
    expect(body).toMatchObject({
      origin: '2025-03-31',
      asKnownAt: null,
      referenceWindow: { from: '2023-03-31', to: '2025-03-31' },
      horizonMonths: 36,
    });
    expect(body.months).toHaveLength(36);
    expect(body.months[0].month).toBe('2025-04-30');
    expect(Object.keys(body.months[0].byGroup)).toEqual(GROUPS);
    expect(Object.keys(body.months[0].byAgeBand)).toEqual(BANDS);
    expect(Object.keys(body.months[0].byGroup.foster)).toEqual(['mean', 'low', 'high']);
    expect(body.months[0].total.mean).toBeGreaterThan(20);
    expect(body.backtest.horizons.map((h: any) => h.months)).toEqual([3, 6, 12, 24]);
    for (const horizon of body.backtest.horizons) {
      expect(Object.keys(horizon).sort()).toEqual([
        'bias',
        'coverage',
        'mapeByGroup',
        'mase',
        'months',
        'origins',
      ]);
      expect(Object.keys(horizon.mapeByGroup)).toEqual(GROUPS);
    }
    expect(body.backtest.horizons[0].origins).toBeGreaterThan(10);
    // Aggregates only: no child's identifier anywhere in the answer.
    const children = await call(api.url, 'GET', '/children');
    const text = JSON.stringify(body);
    for (const child of children.body.children.slice(0, 20)) expect(text).not.toContain(`"${child.childId}"`);
  });

  it('takes an origin, a horizon, a moment as known at and a scenario, the same from the API and the CLI', async () => {
    const status = await call(api.url, 'GET', '/status');
    const position = status.body.position as string;
    const query = `origin=2024-03-31&horizonMonths=6&asKnownAt=${position}&entryRateChange=50`;
    const http = await call(api.url, 'GET', `/forecast?${query}`);
    expect(http.status).toBe(200);
    const args = [
      '--origin',
      '2024-03-31',
      '--horizon',
      '6',
      '--as-known-at',
      position,
      '--entry-rate-change',
      '50',
    ];
    // With daily costs configured each month also carries its expected cost; otherwise the same answer.
    const costed = await ledger(['forecast', ...args, '--json', '--db', dbFile], {
      LEDGER_FORECAST_DAILY_COSTS: 'childrensHomes=800,foster=100',
    });
    expect(costed.code).toBe(0);
    const fromCli = JSON.parse(costed.stdout);
    const month = fromCli.months[0];
    expect(Object.keys(month.cost.byGroup).sort()).toEqual(['childrensHomes', 'foster']);
    expect(Math.abs(month.cost.byGroup.foster - month.placementDays.foster * 100)).toBeLessThanOrEqual(6);
    expect(http.body.months[0].cost).toBeUndefined();
    for (const m of fromCli.months) delete m.cost;
    expect(fromCli).toEqual(http.body);
    expect(http.body).toMatchObject({ origin: '2024-03-31', asKnownAt: position, horizonMonths: 6 });
    expect(http.body.months.map((m: any) => m.month)).toEqual([
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
    ]);
    const plain = await call(api.url, 'GET', '/forecast?origin=2024-03-31&horizonMonths=6');
    expect(http.body.months[5].total.mean).toBeGreaterThan(plain.body.months[5].total.mean);
    expect(http.body.method.scenario).toEqual({ entryRateChange: 50, residentialToFoster: 0 });
    // As known before anything was recorded there is nothing to forecast from.
    const empty = await call(api.url, 'GET', '/forecast?asKnownAt=0');
    expect(empty.status).toBe(400);
    expect(empty.body.field).toBe('origin');
  });

  it('backtests at monthly origins, saying which knowledge each used, the same from the API and the CLI', async () => {
    const http = await call(api.url, 'GET', '/forecast/backtest');
    expect(http.status).toBe(200);
    expect(await cli(['backtest', '--json'])).toEqual(http.body);
    const status = await call(api.url, 'GET', '/status');
    // One import brought every year: each origin is forecast from the position of its log entry.
    expect(http.body.origins.length).toBeGreaterThan(10);
    for (const origin of http.body.origins) {
      expect(origin).toMatchObject({ source: 'import', knownAt: status.body.position });
      expect(origin.points[0].months).toBe(3);
    }
    expect(http.body.origins[0].origin).toBe('2023-04-30');
    const forecast = await call(api.url, 'GET', '/forecast');
    expect(forecast.body.backtest.horizons).toEqual(http.body.horizons);
  });

  it('refuses bad or unknown parameters with 400 naming the field, and the CLI likewise', async () => {
    const field = async (query: string) => {
      const res = await call(api.url, 'GET', `/forecast?${query}`);
      expect(res.status).toBe(400);
      return res.body.field;
    };
    expect(await field('horizonMonths=0')).toBe('horizonMonths');
    expect(await field('horizonMonths=abc')).toBe('horizonMonths');
    expect(await field('referenceMonths=500')).toBe('referenceMonths');
    expect(await field('origin=2024-02-30')).toBe('origin');
    expect(await field('entryRateChange=-150')).toBe('entryRateChange');
    expect(await field('residentialToFoster=x')).toBe('residentialToFoster');
    expect(await field('asKnownAt=yesterday')).toBe('asKnownAt');
    expect(await field('colour=blue')).toBe('colour');
    const backtest = await call(api.url, 'GET', '/forecast/backtest?horizonMonths=3');
    expect(backtest.status).toBe(400);
    expect(backtest.body.field).toBe('horizonMonths');
    const bad = await ledger(['forecast', '--horizon', '0', '--db', dbFile]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('horizonMonths must be a whole number from 1 to 120');
    const mixed = await ledger(['forecast', 'backtest', '--origin', '2024-03-31', '--db', dbFile]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('--origin is an option of the forecast, not the backtest');
  });
});
