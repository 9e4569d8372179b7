import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { bearer, IdentityProvider } from './support/identity-provider';
import { registration } from './support/journey';

describe('Hardening: headers, caching, CORS', () => {
  const tmp = tempDir();
  let api: RunningApi;
  let withCors: RunningApi;

  beforeAll(async () => {
    api = await startApi({ dbFile: `${tmp.dir}/ledger.db` });
    withCors = await startApi({
      dbFile: `${tmp.dir}/cors.db`,
      extraEnv: { LEDGER_CORS_ORIGINS: 'https://ledger.council.example' },
    });
    expect((await call(api.url, 'POST', '/children', registration)).status).toBe(201);
  });
  afterAll(async () => {
    await api.close();
    await withCors.close();
    tmp.remove();
  });

  it('sends helmet’s headers, no X-Powered-By, and Cache-Control: no-store on child data', async () => {
    const res = await call(api.url, 'GET', `/children/${registration.childId}/history`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const refused = await call(api.url, 'GET', '/children/NOBODY/history');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(refused.headers.get('x-powered-by')).toBeNull();
  });

  it('keeps CORS off unless LEDGER_CORS_ORIGINS names the origin', async () => {
    const preflight = (base: string, origin: string) =>
      fetch(`${base}/children`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const off = await preflight(api.url, 'https://ledger.council.example');
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await preflight(withCors.url, 'https://ledger.council.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://ledger.council.example');
    const evil = await preflight(withCors.url, 'http://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('Rate limiting: 429 with Retry-After, per subject when signed in, per address locally', () => {
  const tmp = tempDir();
  let idp: IdentityProvider;
  let signedIn: RunningApi;
  let local: RunningApi;

  beforeAll(async () => {
    idp = await IdentityProvider.start();
    const limit = { LEDGER_RATE_LIMIT_PER_MINUTE: '3' };
    signedIn = await startApi({ dbFile: `${tmp.dir}/a.db`, extraEnv: idp.env(limit) });
    local = await startApi({ dbFile: `${tmp.dir}/b.db`, extraEnv: limit });
  });
  afterAll(async () => {
    await signedIn.close();
    await local.close();
    await idp.stop();
    tmp.remove();
  });

  it('limits one subject without limiting another', async () => {
    const first = bearer(await idp.token({ sub: 'busy-user', roles: ['analyst'] }));
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call(signedIn.url, 'GET', '/status', undefined, first)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(signedIn.url, 'GET', '/status', undefined, first);
    expect(limited.body.code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = bearer(await idp.token({ sub: 'other-user', roles: ['analyst'] }));
    expect((await call(signedIn.url, 'GET', '/status', undefined, other)).status).toBe(200);
  });

  it('limits by address in local mode', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(local.url, 'GET', '/status')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
