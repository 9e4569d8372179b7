import { EVENT_STORE } from '@ledger/core';
import { type EventStore } from '@ledger/event-store';
import { mayDo, type Principal, ROLES } from '../../apps/api/src/auth/access';
import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { bearer, IdentityProvider } from './support/identity-provider';
import { registration } from './support/journey';
import { isPagePath } from '../../apps/api/src/ui/page-path';
import { routesOf, urlOf } from './support/routes';

describe('Sign-in: bearer tokens verified against the provider’s keys', () => {
  const tmp = tempDir();
  let idp: IdentityProvider;
  let api: RunningApi;
  const as = async (roles: string[], claims: Record<string, unknown> = {}) =>
    bearer(await idp.token({ roles, ...claims }));

  beforeAll(async () => {
    idp = await IdentityProvider.start();
    api = await startApi({ dbFile: `${tmp.dir}/ledger.db`, extraEnv: idp.env() });
    const registered = await call(
      api.url,
      'POST',
      '/children',
      { ...registration, childId: 'C1' },
      await as(['recorder']),
    );
    expect(registered.status).toBe(201);
  });
  afterAll(async () => {
    await api.close();
    await idp.stop();
    tmp.remove();
  });

  it('walks every route × role from the role table: refused exactly where the table says', async () => {
    // The pages under /ui answer with pages, behind their own guard: the browser tier walks them.
    const routes = routesOf(api.app).filter((r) => !isPagePath(r.path));
    expect(routes.length).toBeGreaterThan(20);
    // Every route declares its permission (a route without one would be admin-only).
    expect(routes.filter((r) => r.permission === undefined)).toEqual([]);
    const outcomes: string[] = [];
    for (const route of routes) {
      const url = urlOf(route, { list: '8' });
      const body = route.method === 'GET' ? undefined : {};
      const anonymous = await call(api.url, route.method as 'GET' | 'POST', url, body);
      if (route.permission === 'public')
        expect([route.path, anonymous.status < 400]).toEqual([route.path, true]);
      else
        outcomes.push(`${route.method} ${route.path} anonymous ${anonymous.status} ${anonymous.body?.code}`);
      for (const role of [...ROLES, 'none'] as const) {
        const principal: Pick<Principal, 'roles'> = { roles: role === 'none' ? [] : [role] };
        const allowed =
          route.permission === 'public' ||
          (route.permission !== undefined && mayDo(principal, route.permission));
        const res = await call(
          api.url,
          route.method as 'GET' | 'POST',
          url,
          body,
          await as(role === 'none' ? [] : [role]),
        );
        const refused = res.status === 403 && res.body.code === 'AUTH.FORBIDDEN';
        expect([route.method, route.path, role, refused]).toEqual([route.method, route.path, role, !allowed]);
        expect(res.status).not.toBe(401);
        if (refused) expect(res.body.message).toContain('admin');
      }
    }
    for (const line of outcomes) expect(line).toMatch(/anonymous 401 AUTH.MISSING_TOKEN$/);
  });

  it('an analyst reaches no child-level endpoint', async () => {
    const analyst = await as(['analyst']);
    for (const path of [
      '/children',
      '/children/C1/history',
      '/children/C1/timeline',
      '/inspection/annex-a/lists/8?date=2024-01-01',
    ]) {
      const res = await call(api.url, 'GET', path, undefined, analyst);
      expect([path, res.status]).toEqual([path, 403]);
    }
    const measures = await call(
      api.url,
      'GET',
      '/measures?from=2023-04-01&to=2024-03-31',
      undefined,
      analyst,
    );
    expect(measures.status).toBe(200);
  });

  it.each([
    ['expired', { expiresIn: Math.floor(Date.now() / 1000) - 3600 }],
    ['wrong audience', { audience: 'api://someone-else' }],
    ['wrong issuer', { issuer: 'https://login.evil.example/' }],
    ['unknown key', { kid: 'no-such-key' }],
    ['bad signature', { key: 'stranger' as const }],
  ])('refuses a token that is %s: 401 AUTH.INVALID_TOKEN naming why', async (reason, options) => {
    const token = await idp.token({ roles: ['admin'] }, options);
    const res = await call(api.url, 'GET', '/status', undefined, bearer(token));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'AUTH.INVALID_TOKEN', details: { reason } });
    expect(res.body.message).toContain(reason);
    expect(res.body.position).toBeUndefined();
  });

  it('accepts a token a little past its expiry (clock skew), and refuses a malformed header', async () => {
    const skewed = await idp.token({ roles: ['analyst'] }, { expiresIn: Math.floor(Date.now() / 1000) - 10 });
    expect((await call(api.url, 'GET', '/status', undefined, bearer(skewed))).status).toBe(200);
    const malformed = await call(api.url, 'GET', '/status', undefined, {
      authorization: 'Basic dXNlcjpwYXNz',
    });
    expect([malformed.status, malformed.body.code]).toEqual([401, 'AUTH.INVALID_TOKEN']);
    const missing = await call(api.url, 'GET', '/status');
    expect([missing.status, missing.body.code]).toEqual([401, 'AUTH.MISSING_TOKEN']);
  });

  it('follows a key rotation: a token signed with the new key is accepted once the provider publishes it', async () => {
    const before = idp.fetches;
    const oldToken = await idp.token({ roles: ['analyst'] });
    await idp.rotate('key-2');
    const newToken = await idp.token({ roles: ['analyst'] });
    const res = await call(api.url, 'GET', '/status', undefined, bearer(newToken));
    expect(res.status).toBe(200);
    expect(idp.fetches).toBeGreaterThan(before);
    // The withdrawn key signs nothing any more.
    const old = await call(api.url, 'GET', '/status', undefined, bearer(oldToken));
    expect([old.status, old.body.details?.reason]).toEqual([401, 'unknown key']);
  });

  it('a token without a ledger role is refused 403, naming the roles that may', async () => {
    const res = await call(
      api.url,
      'GET',
      '/children/C1/history',
      undefined,
      await as(['Directory.Read', 'guest']),
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { permission: 'child.read' } });
    expect(res.body.message).toMatch(/recorder or reviewer or auditor or admin/);
  });

  it('records the token’s subject as the recorder, with its roles and client; X-Recorded-By is refused', async () => {
    const recorder = await as(['recorder'], { sub: 'f7a1-subject', name: 'Sam Worker' });
    const refused = await call(
      api.url,
      'POST',
      '/children/C1/adoption-decisions',
      { effectiveDate: '2020-01-01' },
      {
        ...recorder,
        'X-Recorded-By': 'someone-else',
      },
    );
    expect([refused.status, refused.body.code, refused.body.field]).toEqual([
      400,
      'AUTH.RECORDED_BY_REFUSED',
      'X-Recorded-By',
    ]);
    const child = { ...registration, childId: 'C2' };
    expect((await call(api.url, 'POST', '/children', child, recorder)).status).toBe(201);
    const history = await call(api.url, 'GET', '/children/C2/history', undefined, recorder);
    expect(history.body.entries[0].recordedBy).toBe('f7a1-subject');
    const store = api.app.get<EventStore>(EVENT_STORE);
    for await (const e of store.readStream('child-C2')) {
      expect(e.metadata).toMatchObject({
        recordedBy: 'f7a1-subject',
        signedIn: {
          subject: 'f7a1-subject',
          displayName: 'Sam Worker',
          roles: ['recorder'],
          clientId: 'client-app-1',
        },
      });
    }
  });

  it('records who read which child, and answers an auditor who read a child’s record and when', async () => {
    const reviewer = await as(['reviewer'], { sub: 'reviewer-9', name: 'Rae Viewer' });
    expect(
      (
        await call(api.url, 'GET', '/children/C1/timeline', undefined, {
          ...reviewer,
          'X-Correlation-Id': 'read-1',
        })
      ).status,
    ).toBe(200);
    const list = await call(
      api.url,
      'GET',
      '/inspection/annex-a/lists/8?date=2024-01-01',
      undefined,
      reviewer,
    );
    expect(list.status).toBe(200);
    const auditor = await as(['auditor']);
    const found = await call(
      api.url,
      'GET',
      '/audit/access?childId=C1&subject=reviewer-9',
      undefined,
      auditor,
    );
    expect(found.status).toBe(200);
    expect(found.body.records).toEqual([
      {
        at: expect.any(String),
        subject: 'reviewer-9',
        displayName: 'Rae Viewer',
        mode: 'token',
        children: ['C1'],
        endpoint: 'GET /children/:childId/timeline',
        correlationId: 'read-1',
      },
    ]);
    const none = await call(
      api.url,
      'GET',
      '/audit/access?subject=reviewer-9&from=2100-01-01',
      undefined,
      auditor,
    );
    expect(none.body.records).toEqual([]);
    const bad = await call(api.url, 'GET', '/audit/access?from=yesterday', undefined, auditor);
    expect([bad.status, bad.body.field]).toEqual([400, 'from']);
  });

  it('refuses the read (503) when its access record cannot be written, and sends no data', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    const append = store.appendToStream.bind(store);
    store.appendToStream = (stream, events, options) =>
      stream === 'ledger-access' ? Promise.reject(new Error('disk full')) : append(stream, events, options);
    try {
      const res = await call(api.url, 'GET', '/children/C1/history', undefined, await as(['recorder']));
      expect([res.status, res.body.code]).toEqual([503, 'ACCESS_LOG.UNAVAILABLE']);
      expect(res.body.entries).toBeUndefined();
    } finally {
      store.appendToStream = append;
    }
  });

  it('scopes a user whose token names authorities to those authorities’ children and measures', async () => {
    const other = { ...registration, childId: 'C3', responsibleAuthority: 'E06000058' };
    expect((await call(api.url, 'POST', '/children', other, await as(['recorder']))).status).toBe(201);
    const scoped = await as(['recorder', 'reviewer'], { authorities: ['E06000059'] });
    expect((await call(api.url, 'GET', '/children/C1/history', undefined, scoped)).status).toBe(200);
    const hidden = await call(api.url, 'GET', '/children/C3/timeline', undefined, scoped);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'CHILD.NOT_FOUND']);
    const write = await call(
      api.url,
      'POST',
      '/children/C3/adoption-decisions',
      { effectiveDate: '2020-01-01' },
      scoped,
    );
    expect(write.status).toBe(404);
    const register = await call(api.url, 'POST', '/children', { ...other, childId: 'C4' }, scoped);
    expect([register.status, register.body.code, register.body.field]).toEqual([
      403,
      'AUTH.FORBIDDEN',
      'responsibleAuthority',
    ]);
    const list = await call(api.url, 'GET', '/children', undefined, scoped);
    expect(list.body.children.map((c: { childId: string }) => c.childId)).not.toContain('C3');
    expect(list.body.children.map((c: { childId: string }) => c.childId)).toContain('C1');
    const measures = await call(api.url, 'GET', '/measures?from=2023-04-01&to=2024-03-31', undefined, scoped);
    expect(measures.body.filters).toMatchObject({ responsibleAuthority: 'E06000059' });
    const elsewhere = await call(
      api.url,
      'GET',
      '/measures?from=2023-04-01&to=2024-03-31&responsibleAuthority=E06000058',
      undefined,
      scoped,
    );
    expect([elsewhere.status, elsewhere.body.field]).toEqual([403, 'responsibleAuthority']);
  });

  it('keeps /health and /docs open; the document lists the bearer scheme on every protected operation', async () => {
    const health = await call(api.url, 'GET', '/health');
    expect(health.body).toMatchObject({ status: 'ok', auth: 'token' });
    const doc = await call(api.url, 'GET', '/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, item] of Object.entries<Record<string, any>>(doc.body.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const isPublic = op['x-ledger-permission'] === 'public';
        expect([method, path, isPublic ? undefined : op.security]).toEqual([
          method,
          path,
          isPublic ? undefined : [{ bearer: [] }],
        ]);
      }
    }
  });
});

describe('Local mode', () => {
  it('refuses to listen on a non-loopback address, naming the sign-in settings', async () => {
    const tmp = tempDir();
    try {
      const { stderr, code } = await ledger(['serve', '--host', '0.0.0.0', '--port', '0'], {
        LEDGER_DB_FILE: `${tmp.dir}/l.db`,
      });
      expect(code).toBe(7); // EXIT.BAD_SETTING
      expect(stderr).toContain('LEDGER_HOST');
      expect(stderr).toContain('LEDGER_AUTH_ISSUER, LEDGER_AUTH_AUDIENCE, LEDGER_AUTH_JWKS_URI');
    } finally {
      tmp.remove();
    }
  });
});
