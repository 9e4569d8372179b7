import { gzipSync } from 'node:zlib';
import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
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
  const tmp = tempDir();
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ dbFile: `${tmp.dir}/ledger.db` });
  });
  afterAll(async () => {
    await api.close();
    tmp.remove();
  });

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
