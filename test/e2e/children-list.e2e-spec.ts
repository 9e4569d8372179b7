import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { registration } from './support/journey';

const careStart = (effectiveDate: string) => ({
  effectiveDate,
  legalStatus: 'C2',
  categoryOfNeed: 'N1',
  placement: { type: 'U4', provider: 'PR1', carerId: 'A', location: 'IN', distanceMiles: 3 },
});

/** `GET /children` and `ledger children`: paged by cursor, filtered on the children's timelines. */
describe('the list of children', () => {
  const tmp = tempDir();
  const dbFile = `${tmp.dir}/ledger.db`;
  let api: RunningApi;
  const get = (query = '') => call(api.url, 'GET', `/children${query}`);
  const ids = (body: { children: { childId: string }[] }) => body.children.map((c) => c.childId);

  beforeAll(async () => {
    api = await startApi({ dbFile });
    const post = async (path: string, body: unknown) => {
      const res = await call(api.url, 'POST', path, body);
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    // K1..K7: K1-K4 in Dorset, K5-K7 in Poole; born 2010 (13 on 2024-01-01) or 2020 (3).
    for (let i = 1; i <= 7; i++) {
      await post('/children', {
        ...registration,
        childId: `K${i}`,
        dateOfBirth: i % 2 === 0 ? '2020-02-02' : '2010-02-02',
        responsibleAuthority: i <= 4 ? 'E06000059' : 'E06000058',
      });
    }
    // Looked after on 2024-01-01: K1, K2, K5 (K3 only from later, K4 ended before).
    for (const id of ['K1', 'K2', 'K5', 'K4'])
      await post(`/children/${id}/care-starts`, careStart('2023-06-01'));
    await post('/children/K3/care-starts', careStart('2024-02-01'));
    await post('/children/K4/care-ends', { effectiveDate: '2023-09-01', reason: 'E4A' });
  });
  afterAll(async () => {
    await api.close();
    tmp.remove();
  });

  it('pages by child id with a cursor until the last page, which has no cursor', async () => {
    const first = await get('?limit=3');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ count: 7, limit: 3 });
    expect(ids(first.body)).toEqual(['K1', 'K2', 'K3']);
    const second = await get(`?limit=3&cursor=${first.body.nextCursor}`);
    expect(ids(second.body)).toEqual(['K4', 'K5', 'K6']);
    const last = await get(`?limit=3&cursor=${second.body.nextCursor}`);
    expect(ids(last.body)).toEqual(['K7']);
    expect(last.body.nextCursor).toBeNull();
    expect((await get()).body).toMatchObject({ count: 7, limit: 100, nextCursor: null });
    expect((await get()).body.children[0]).toMatchObject({ childId: 'K1', events: 2, voids: 0 });
  });

  it('filters on looked after on a day, authority and age band on that day', async () => {
    expect(ids((await get('?lookedAfterOn=2024-01-01')).body)).toEqual(['K1', 'K2', 'K5']);
    expect(ids((await get('?responsibleAuthority=E06000058')).body)).toEqual(['K5', 'K6', 'K7']);
    expect(ids((await get('?lookedAfterOn=2024-01-01&ageBand=10-15')).body)).toEqual(['K1', 'K5']);
    const page = await get('?lookedAfterOn=2024-01-01&responsibleAuthority=e06000059&limit=1');
    expect(page.body).toMatchObject({ count: 2, children: [{ childId: 'K1' }] });
    expect(
      ids(
        (await get(`?lookedAfterOn=2024-01-01&responsibleAuthority=E06000059&cursor=${page.body.nextCursor}`))
          .body,
      ),
    ).toEqual(['K2']);
  });

  it('refuses a bad page size, cursor, date or band with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=1001', 'limit'],
      ['?limit=ten', 'limit'],
      ['?cursor=%22%3B', 'cursor'],
      ['?lookedAfterOn=2024-02-30', 'lookedAfterOn'],
      ['?ageBand=teen', 'ageBand'],
      ['?colour=red', 'colour'],
    ]) {
      const res = await get(query);
      expect({ query, status: res.status, code: res.body.code, field: res.body.field }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION.FAILED',
        field,
      });
    }
  });

  it('`ledger children --json` prints the same page as the API; without --json one child a line and the next cursor', async () => {
    const fromApi = await get('?limit=2&lookedAfterOn=2024-01-01');
    const json = await ledger([
      'children',
      '--limit',
      '2',
      '--looked-after-on',
      '2024-01-01',
      '--json',
      '--db',
      dbFile,
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(fromApi.body);
    const text = await ledger([
      'children',
      '--limit',
      '2',
      '--looked-after-on',
      '2024-01-01',
      '--db',
      dbFile,
    ]);
    expect(text.stdout).toContain('3 children (2 shown)');
    expect(text.stdout).toMatch(/^ {2}K1 /m);
    expect(text.stdout).toContain(`Next page: --cursor ${fromApi.body.nextCursor}`);
  });

  it('the OpenAPI document lists Idempotency-Key and X-Recorded-By on every child command and on no read', async () => {
    const doc = await call(api.url, 'GET', '/docs/openapi.json');
    const headersOf = (op: { parameters?: { in: string; name: string }[] }) =>
      (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
    let [commands, reads] = [0, 0];
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.body.paths)) {
      // The child commands record facts; the auditor's POSTs (checkpoints, reports) record evidence
      // under the signed-in user and take neither header.
      if (ops.post && path.startsWith('/children')) {
        commands += 1;
        expect({ path, headers: headersOf(ops.post) }).toEqual({
          path,
          headers: expect.arrayContaining(['Idempotency-Key', 'X-Recorded-By']),
        });
      }
      if (ops.get) {
        reads += 1;
        expect({ path, headers: headersOf(ops.get) }).toEqual({
          path,
          headers: expect.not.arrayContaining(['Idempotency-Key']),
        });
        expect(headersOf(ops.get)).not.toContain('X-Recorded-By');
      }
    }
    expect(commands).toBeGreaterThan(10);
    expect(reads).toBeGreaterThan(5);
    expect(doc.body.paths['/children'].get.parameters.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'cursor', 'lookedAfterOn', 'responsibleAuthority', 'ageBand']),
    );
  });
});
