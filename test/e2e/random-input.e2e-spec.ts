import fc from 'fast-check';
import { isPagePath } from '../../apps/api/src/ui/page-path';
import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { journeySteps, registration } from './support/journey';
import { type Route, routesOf } from './support/routes';

/** Field and parameter names the endpoints take, so random input reaches their validators. */
const NAMES = [
  'childId',
  'effectiveDate',
  'dateOfBirth',
  'placement',
  'type',
  'postcode',
  'responsibleAuthority',
  'record',
  'data',
  'voidEventIds',
  'reason',
  'from',
  'to',
  'asKnownAt',
  'date',
  'format',
  'subject',
  'placementGroup',
  'ageBand',
  '__proto__',
  'constructor',
];

const value = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2024-01-01',
    '0000-01-01',
    '9999-12-31',
    '2024-02-30',
    'csv',
    'xml',
    'U6',
    'E06000059',
    '=1+1',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);
const body = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), fc.string()), value, { maxKeys: 6 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .record({ childId: fc.string(), dateOfBirth: value, homePostcode: value })
    .map((fields) => ({ ...registration, ...fields })),
);
const query = fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })), fc.string(), {
  maxKeys: 4,
});
const pathValue = fc.oneof(
  fc.constantFrom('C1001', '8', '9', '10', 'NOBODY'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

/** A 4xx names its rule (a stable code) and a message; a validation refusal names the field. */
function namesFieldOrRule(status: number, payload: any): boolean {
  if (status < 400) return true;
  if (typeof payload?.code !== 'string' || !/^[A-Z_]+\.[A-Z_.]+$/.test(payload.code)) return false;
  if (typeof payload.message !== 'string' || payload.message === '') return false;
  return !payload.code.startsWith('VALIDATION.') || typeof payload.field === 'string';
}

describe('random bodies and query strings on every endpoint', () => {
  const tmp = tempDir();
  let api: RunningApi;
  let routes: Route[];

  beforeAll(async () => {
    api = await startApi({
      dbFile: `${tmp.dir}/ledger.db`,
      extraEnv: { LEDGER_RATE_LIMIT_PER_MINUTE: '100000' },
    });
    expect((await call(api.url, 'POST', '/children', registration)).status).toBe(201);
    for (const [path, step] of journeySteps.slice(0, 3)) {
      expect((await call(api.url, 'POST', `/children/C1001/${path}`, step)).status).toBe(201);
    }
    routes = routesOf(api.app);
  });
  afterAll(async () => {
    await api.close();
    tmp.remove();
  });

  it('never answer 5xx, and every 4xx names a field or rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        body,
        query,
        pathValue,
        fc.boolean(),
        async (pick, payload, params, param, asJson) => {
          const route = routes[pick % routes.length];
          const path = route.path.replace(/:(\w+)/g, () => encodeURIComponent(param));
          const search = new URLSearchParams(params).toString();
          const url = `${api.url}${path}${search ? `?${search}` : ''}`;
          const sendsBody = route.method !== 'GET';
          const response = await fetch(url, {
            method: route.method,
            headers: sendsBody ? { 'content-type': asJson ? 'application/json' : 'text/plain' } : {},
            body: sendsBody ? JSON.stringify(payload) : undefined,
          });
          const text = await response.text();
          const answer: unknown = response.headers.get('content-type')?.includes('json')
            ? JSON.parse(text)
            : text;
          // A page (under /ui) answers a refusal with a page that says what is wrong, not JSON.
          const ok =
            response.status < 500 && (isPagePath(route.path) || namesFieldOrRule(response.status, answer));
          if (!ok) throw new Error(`${route.method} ${url} -> ${response.status} ${text.slice(0, 300)}`);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
});
