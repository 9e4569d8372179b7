import { gzipSync } from 'node:zlib';
import { apiPerSuite, call, tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { registration } from './support/journey';

/** Sends raw bytes with the given headers, as a browser form or a careless client would. */
async function raw(
  base: string,
  path: string,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('Bodies the API refuses, each with a stable code and never a 500', () => {
  const api = apiPerSuite();

  it('refuses a cross-site form POST (415) and stores nothing', async () => {
    const form = new URLSearchParams({ childId: 'C9', dateOfBirth: '2017-03-14', sex: 'F' }).toString();
    const res = await raw(api.url, '/children', form, {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://evil.example',
    });
    expect([res.status, res.body.code]).toEqual([415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE']);
    const text = await raw(api.url, '/children', JSON.stringify(registration), {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    const status = await call(api.url, 'GET', '/status');
    expect(status.body.events).toBe(0);
  });

  it.each([
    ['a 5 MB body', 'x'.repeat(5 * 1024 * 1024), {}, 413, 'REQUEST.TOO_LARGE'],
    ['Content-Encoding: bogus', '{}', { 'content-encoding': 'bogus' }, 415, 'REQUEST.UNSUPPORTED_ENCODING'],
    [
      'a latin-1 charset',
      '{}',
      { 'content-type': 'application/json; charset=latin1' },
      415,
      'REQUEST.UNSUPPORTED_CHARSET',
    ],
    [
      'a broken gzip body',
      Buffer.from('not gzip at all'),
      { 'content-encoding': 'gzip' },
      400,
      'REQUEST.BAD_ENCODING',
    ],
    ['malformed JSON', '{"childId":', {}, 400, 'REQUEST.MALFORMED_JSON'],
    ['an array', '[1,2]', {}, 400, 'REQUEST.BODY_NOT_OBJECT'],
    ['a string', '"hello"', {}, 400, 'REQUEST.BODY_NOT_OBJECT'],
    ['null', 'null', {}, 400, 'REQUEST.BODY_NOT_OBJECT'],
  ])('%s', async (_, body, headers, status, code) => {
    const res = await raw(api.url, '/children', body, { 'content-type': 'application/json', ...headers });
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(res.body.correlationId).toEqual(expect.any(String));
  });

  it('reads a well-formed gzip JSON body', async () => {
    const res = await raw(
      api.url,
      '/children',
      gzipSync(JSON.stringify({ ...registration, childId: 'GZ1' })),
      {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
    );
    expect(res.status).toBe(201);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key %s at any depth, naming its path',
    async (key) => {
      const top = `{"childId":"P1","${key}":{"x":1}}`;
      const nested = JSON.stringify({ effectiveDate: '2021-06-01', placement: { type: 'U6' } }).replace(
        '"type"',
        `"${key}":{},"type"`,
      );
      const a = await raw(api.url, '/children', top, { 'content-type': 'application/json' });
      expect([a.status, a.body.code, a.body.field]).toEqual([400, 'VALIDATION.FAILED', key]);
      const b = await raw(api.url, '/children/GZ1/care-starts', nested, {
        'content-type': 'application/json',
      });
      expect([b.status, b.body.field]).toEqual([400, `placement.${key}`]);
    },
  );
});

describe('Query strings and values the API refuses', () => {
  const api = apiPerSuite();

  it.each([
    ['/status?verbose=1', 'verbose'],
    ['/children?page=2&x=1', 'page'],
    ['/children/C1/history?asOf=2024-01-01', 'asOf'],
    ['/measures?from=2023-04-01&to=2024-03-31&group=foster', 'group'],
    ['/inspection/annex-a/lists/8?date=2024-01-01&sort=name', 'sort'],
    ['/children/C1/timeline?asKnownAt=1&asKnownAt=2', 'asKnownAt'],
  ])('refuses an unknown or repeated query parameter: %s', async (path, field) => {
    const res = await call(api.url, 'GET', path);
    expect([res.status, res.body.code, res.body.field]).toEqual([400, 'VALIDATION.FAILED', field]);
  });

  it('takes only the formats an endpoint serves', async () => {
    const xml = await call(api.url, 'GET', '/inspection/annex-a/lists/8?date=2024-01-01&format=xml');
    expect([xml.status, xml.body.field]).toEqual([400, 'format']);
    const csv = await fetch(`${api.url}/inspection/annex-a/lists/8?date=2024-01-01&format=csv`);
    expect(csv.status).toBe(200);
  });

  it.each([
    ['/measures?from=0000-01-01&to=2024-03-31', 'from'],
    ['/measures?from=2023-04-01&to=9999-12-31', 'to'],
    ['/measures/series?from=1900-01-01&to=2999-12-31', 'to'],
    ['/measures/series?from=2000-01-01&to=2010-01-02', 'to'],
    ['/measures?from=2024-04-01&to=2024-03-31', 'from'],
    ['/inspection/annex-a/lists/10?date=9999-01-01', 'date'],
    ['/inspection/annex-a/lists/10?date=0000-01-01', 'date'],
  ])('refuses dates outside 1900-01-01..2100-12-31 and bad windows: %s', async (path, field) => {
    const res = await call(api.url, 'GET', path);
    expect([res.status, res.body.field]).toEqual([400, field]);
  });

  it('takes a ten-year series', async () => {
    const res = await call(api.url, 'GET', '/measures/series?from=2000-01-01&to=2010-01-01');
    expect(res.status).toBe(200);
  });

  it.each([
    [{ ...registration, childId: 'D1', dateOfBirth: '0000-01-01' }, 'dateOfBirth'],
    [{ ...registration, childId: 'D2', dateOfBirth: '9999-12-31' }, 'dateOfBirth'],
    [{ ...registration, childId: 'D3', homePostcode: '=HYPERLINK("http://x","y")' }, 'homePostcode'],
    [{ ...registration, childId: 'D4', responsibleAuthority: 'Dorset' }, 'responsibleAuthority'],
  ])('refuses a body field out of range or shape, naming it', async (body, field) => {
    const res = await call(api.url, 'POST', '/children', body);
    expect([res.status, res.body.code, res.body.field]).toEqual([400, 'VALIDATION.FAILED', field]);
  });

  it('names an item of a list by one path style: record[0].type', async () => {
    const res = await call(api.url, 'POST', '/children/D1/changes', { record: [{ type: 'Nope', data: {} }] });
    expect([res.status, res.body.field]).toEqual([400, 'record[0].type']);
  });

  it('takes directory postcode shapes (legacy and ZZ99) and a later expected end of UASC status', async () => {
    const body = {
      ...registration,
      childId: 'D5',
      homePostcode: 'NPT 5JZ',
      uasc: true,
      uascCeasedOn: '2035-03-14',
    };
    expect((await call(api.url, 'POST', '/children', body)).status).toBe(201);
    const placed = await call(api.url, 'POST', '/children/D5/care-starts', {
      effectiveDate: '2021-06-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: { type: 'U6', postcode: 'ZZ99 3VZ', authority: 'WAL' },
    });
    expect(placed.status).toBe(201);
    const nested = await call(api.url, 'POST', '/children/D5/placement-moves', {
      effectiveDate: '2021-07-01',
      carerChanged: true,
      placement: { type: 'U6', postcode: '@SUM(A1)' },
    });
    expect([nested.status, nested.body.field]).toEqual([400, 'placement.postcode']);
  });
});

describe('`ledger import --authority`', () => {
  it('takes only an ONS authority code, and names the option', async () => {
    const tmp = tempDir();
    try {
      const { stderr, code } = await ledger(['import', tmp.dir, '--authority', '=cmd|calc'], {
        LEDGER_DB_FILE: `${tmp.dir}/l.db`,
      });
      expect(code).toBe(1);
      expect(stderr).toContain('--authority must be an ONS authority code');
    } finally {
      tmp.remove();
    }
  });
});
