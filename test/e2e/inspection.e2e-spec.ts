import { apiPerSuite, call } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { CHILD_ID, journeySteps, registration } from './support/journey';

/** The adoption journey (adopted 2023-08-30) and a child in care, read as Annex A lists. */
describe('Ofsted Annex A lists over HTTP and the CLI', () => {
  const api = apiPerSuite();

  beforeAll(async () => {
    const post = async (path: string, body: unknown) =>
      expect((await call(api.url, 'POST', path, body)).status).toBe(201);
    await post('/children', registration);
    for (const [path, body] of journeySteps) await post(`/children/${CHILD_ID}/${path}`, body);
    await post('/children', { ...registration, childId: 'C2', dateOfBirth: '2012-02-02' });
    await post('/children/C2/care-starts', {
      effectiveDate: '2023-01-10',
      legalStatus: 'C2',
      categoryOfNeed: 'N4',
      placement: {
        type: 'K2',
        provider: 'PR4',
        carerId: 'H',
        postcode: 'BH1 1AA',
        location: 'OUT',
        authority: 'E06000058',
        urn: 'SC123456',
      },
    });
  });

  it('List 8 on 2024-01-31: the child in care, and the child adopted within the six months before', async () => {
    const res = await call(api.url, 'GET', '/inspection/annex-a/lists/8?date=2024-01-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ list: 8, date: '2024-01-31' });
    const [adopted, inCare] = res.body.rows;
    expect(adopted).toMatchObject({
      childId: CHILD_ID,
      dateStartedLookedAfter: '2021-06-01',
      dateCeased: '2023-08-30',
      reasonCeased: 'E11',
    });
    expect(inCare).toMatchObject({
      childId: 'C2',
      age: 11,
      dateStartedLookedAfter: '2023-01-10',
      legalStatus: 'C2',
      numberOfPlacementsLast12Months: 1,
      placementType: 'K2',
      placementProvider: 'PR4',
      placementPostcode: 'BH1 1AA',
      urn: 'SC123456',
      placementLocation: 'OUT',
      placementLa: 'E06000058',
      dateCeased: null,
    });
    const later = await call(api.url, 'GET', '/inspection/annex-a/lists/8?date=2024-06-01');
    expect(later.body.rows.map((r: any) => r.childId)).toEqual(['C2']);
  });

  it('List 10 on 2024-01-31 has the adoption with its milestones; CSV on request', async () => {
    const res = await call(api.url, 'GET', '/inspection/annex-a/lists/10?date=2024-01-31');
    expect(res.body.rows).toEqual([
      expect.objectContaining({
        childId: CHILD_ID,
        dateEnteredCare: '2021-06-01',
        dateDecisionToPlace: '2022-07-01',
        datePlacementOrder: '2022-11-03',
        dateMatched: '2023-01-12',
        datePlacedForAdoption: '2023-02-01',
        dateOfAdoptionOrder: '2023-08-30',
      }),
    ]);
    const csv = await fetch(`${api.url}/inspection/annex-a/lists/10?date=2024-01-31&format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0].split(',')).toEqual(res.body.columns);
    expect(lines).toHaveLength(2);
  });

  it('refuses an unknown list or a bad date with 400, naming it', async () => {
    const list = await call(api.url, 'GET', '/inspection/annex-a/lists/7?date=2024-01-31');
    expect(list.status).toBe(400);
    expect(list.body.field).toBe('list');
    const date = await call(api.url, 'GET', '/inspection/annex-a/lists/8?date=31/01/2024');
    expect(date.status).toBe(400);
    expect(date.body.field).toBe('date');
  });

  it('`ledger annex-a` prints the same list as CSV', async () => {
    const fromApi = await call(api.url, 'GET', '/inspection/annex-a/lists/8?date=2024-01-31');
    const { stdout, code } = await ledger([
      'annex-a',
      '--list',
      '8',
      '--date',
      '2024-01-31',
      '--db',
      api.dbFile,
    ]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\r\n');
    expect(lines[0].split(',')).toEqual(fromApi.body.columns);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([CHILD_ID, 'C2']);
  });
});
