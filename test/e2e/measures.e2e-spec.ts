import { apiPerSuite, call } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { CHILD_ID, journeySteps, registration } from './support/journey';

const YEAR = 'from=2023-04-01&to=2024-03-31';
const child = (childId: string, extra: Record<string, unknown> = {}) => ({
  ...registration,
  childId,
  ...extra,
});

/**
 * Three children worked by hand over 2023-24:
 * C1001 the adoption journey (adopted 2023-08-30 by the foster carer it was placed with on 2022-05-20);
 * C2 three carers, the last two outside the authority; C3 UASC in a children's home far away.
 */
describe('measures over HTTP and the CLI, as known now and earlier', () => {
  const api = apiPerSuite();
  let beforeLastMove: string;

  beforeAll(async () => {
    const post = async (path: string, body: unknown) => {
      const res = await call(api.url, 'POST', path, body);
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    };
    await post('/children', registration);
    for (const [path, body] of journeySteps) await post(`/children/${CHILD_ID}/${path}`, body);

    await post('/children', child('C2', { dateOfBirth: '2012-02-02' }));
    await post('/children/C2/care-starts', {
      effectiveDate: '2023-01-10',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placement: { type: 'U4', provider: 'PR1', carerId: 'A', location: 'IN', distanceMiles: 3 },
    });
    await post('/children/C2/placement-moves', {
      effectiveDate: '2023-06-01',
      carerChanged: true,
      reason: 'CARPL',
      placement: { type: 'K2', provider: 'PR4', carerId: 'H', location: 'OUT', distanceMiles: 35 },
    });
    await post('/children', child('C3', { dateOfBirth: '2008-07-07', uasc: true }));
    const last = await post('/children/C3/care-starts', {
      effectiveDate: '2023-05-01',
      legalStatus: 'V2',
      categoryOfNeed: 'N8',
      placement: { type: 'K2', provider: 'PR4', carerId: 'H2', location: 'OUT', distanceMiles: 40 },
    });
    beforeLastMove = last.body.position;
    await post('/children/C2/placement-moves', {
      effectiveDate: '2023-09-01',
      carerChanged: true,
      reason: 'CREQB',
      placement: { type: 'U6', provider: 'PR4', carerId: 'B', location: 'OUT', distanceMiles: 25 },
    });
  });

  it('reports the hand-worked figures straight after the writes (read-your-writes)', async () => {
    const res = await call(api.url, 'GET', `/measures?${YEAR}`);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.window).toEqual({ from: '2023-04-01', to: '2024-03-31' });
    expect(r.asKnownAt).toBeNull();
    expect(r.stability.threePlusPlacements).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(r.stability.movesByReason).toMatchObject({ CARPL: 1, CREQB: 1, OTHER: 0 });
    expect(r.location.all).toMatchObject({
      outside: { numerator: 2, denominator: 2, percent: 100 },
      over20Miles: { numerator: 1, denominator: 2, percent: 50 },
      distanceUnknown: { numerator: 1, denominator: 2, percent: 50 },
      outsideAndOver20Miles: { numerator: 1, denominator: 2, percent: 50 },
    });
    expect(r.location.uasc.outside).toEqual({ numerator: 1, denominator: 1, percent: 100 });
    // Entered care 2021-06-01; the adopting carer's spell began 2022-05-20 (353 days);
    // first placed for adoption 2023-02-01 (610 days); placement order 2022-11-03, match 2023-01-12 (70 days).
    expect(r.adoption.a10).toEqual({ count: 1, meanDays: 353, medianDays: 353 });
    expect(r.adoption.a1).toEqual({ count: 1, meanDays: 610, medianDays: 610 });
    expect(r.adoption.a2).toEqual({ count: 1, meanDays: 70, medianDays: 70 });
    expect(r.adoption.a3).toEqual({ numerator: 1, denominator: 1, percent: 100 });
    expect(r.adoption.leftCareByAdoption).toEqual({ numerator: 1, denominator: 1, percent: 100 });
    expect(r.snapshot).toMatchObject({ childrenLookedAfter: 2, uasc: 1, excludingUasc: 1 });
    expect(r.snapshot.byPlacementGroup).toMatchObject({
      foster: 1,
      fosterIndependent: 1,
      childrensHomes: 1,
      childrensHomesInside: 0,
    });
  });

  it('reproduces the figure as it was known before the last move was recorded', async () => {
    const res = await call(api.url, 'GET', `/measures?${YEAR}&asKnownAt=${beforeLastMove}`);
    expect(res.body.asKnownAt).toBe(beforeLastMove);
    expect(res.body.stability.threePlusPlacements).toEqual({ numerator: 0, denominator: 2, percent: 0 });
    expect(res.body.stability.movesByReason.CREQB).toBe(0);
    expect(res.body.snapshot.byPlacementGroup.childrensHomes).toBe(2);
  });

  it('filters by placement group and answers bad filters with 400', async () => {
    const homes = await call(api.url, 'GET', `/measures?${YEAR}&placementGroup=childrensHomes`);
    expect(homes.body.snapshot.childrenLookedAfter).toBe(1);
    const bad = await call(api.url, 'GET', `/measures?from=2024-01-01&to=2023-01-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('from');
    const badGroup = await call(api.url, 'GET', `/measures?${YEAR}&placementGroup=castle`);
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.field).toBe('placementGroup');
  });

  it('gives a monthly series and the list of children', async () => {
    const series = await call(api.url, 'GET', '/measures/series?from=2023-07-01&to=2023-12-31');
    expect(series.body.points.map((p: any) => p.monthEnd)).toEqual([
      '2023-07-31',
      '2023-08-31',
      '2023-09-30',
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
    ]);
    // C1001 was adopted on 30 August, so is not looked after on 31 August.
    expect(series.body.points.map((p: any) => p.snapshot.childrenLookedAfter)).toEqual([3, 2, 2, 2, 2, 2]);
    const list = await call(api.url, 'GET', '/children');
    expect(list.body.children.map((c: any) => c.childId)).toEqual(['C1001', 'C2', 'C3']);
    expect(list.body.children[1]).toMatchObject({ childId: 'C2', events: 4, voids: 0 });
  });

  it('`ledger measures --json` prints exactly the report the API gives; without --json a table', async () => {
    const fromApi = await call(api.url, 'GET', `/measures?${YEAR}`);
    const { stdout, code } = await ledger([
      'measures',
      '--from',
      '2023-04-01',
      '--to',
      '2024-03-31',
      '--json',
      '--db',
      api.dbFile,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fromApi.body);
    const table = await ledger([
      'measures',
      '--from',
      '2023-04-01',
      '--to',
      '2024-03-31',
      '--db',
      api.dbFile,
    ]);
    expect(table.stdout).toContain('3+ placements in the window');
    expect(table.stdout).toMatch(/3\+ placements in the window\s+50\.0%\s+\(1 \/ 2\)/);
  });
});
