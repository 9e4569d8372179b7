import { apiPerSuite, call } from './support/api-harness';
import { registration } from './support/journey';

describe('errors: a stable code, the field or rule, and a correlation id', () => {
  const api = apiPerSuite();

  beforeAll(async () => {
    expect((await call(api.url, 'POST', '/children', registration)).status).toBe(201);
  });

  it('400 names every invalid field, nested ones by path', async () => {
    const res = await call(api.url, 'POST', '/children/C1001/care-starts', {
      effectiveDate: '2023-02-30',
      legalStatus: 'C9',
      categoryOfNeed: 'N1',
      placement: { type: 'Q1', distanceMiles: -3 },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION.FAILED');
    expect(res.body.errors.map((e: any) => e.field).sort()).toEqual([
      'effectiveDate',
      'legalStatus',
      'placement.distanceMiles',
      'placement.type',
    ]);
    expect(res.body.message).toContain('legalStatus must be one of: C1, C2');
    expect(typeof res.body.correlationId).toBe('string');
  });

  it('400 refuses unknown fields and a missing body field', async () => {
    const res = await call(api.url, 'POST', '/children/C1001/legal-status-changes', {
      effectiveDate: '2022-01-01',
      legalStatus: 'C2',
      notes: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'notes', messages: ['property notes should not exist'] }]);
    const missing = await call(api.url, 'POST', '/children/C1001/care-ends', { reason: 'E8' });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('effectiveDate');
  });

  it('400 for a bad child id in the path and a bad asKnownAt', async () => {
    const badId = await call(api.url, 'GET', '/children/not_a_valid_child_id/history');
    expect(badId.status).toBe(400);
    expect(badId.body).toMatchObject({ code: 'VALIDATION.INVALID_VALUE', field: 'childId' });
    const badTime = await call(api.url, 'GET', '/children/C1001/history?asKnownAt=yesterday');
    expect(badTime.status).toBe(400);
    expect(badTime.body.field).toBe('asKnownAt');
  });

  it('404 for a child the ledger does not know, on commands and reads', async () => {
    const command = await call(api.url, 'POST', '/children/NOBODY/legal-status-changes', {
      effectiveDate: '2022-01-01',
      legalStatus: 'C2',
    });
    expect(command.status).toBe(404);
    expect(command.body.code).toBe('CHILD.NOT_FOUND');
    const read = await call(api.url, 'GET', '/children/NOBODY/history');
    expect(read.status).toBe(404);
    expect(read.body.code).toBe('CHILD.NOT_FOUND');
  });

  it('422 for a domain rule, with the rule’s code and the field', async () => {
    const res = await call(api.url, 'POST', '/children/C1001/legal-status-changes', {
      effectiveDate: '2022-01-01',
      legalStatus: 'C2',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CARE.NOT_IN_CARE');
    const twice = await call(api.url, 'POST', '/children', registration);
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('CHILD.ALREADY_REGISTERED');
    const future = await call(api.url, 'POST', '/children/C1001/care-starts', {
      effectiveDate: '2099-01-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: { type: 'U6', provider: 'PR1' },
    });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'DATE.IN_FUTURE', field: 'effectiveDate' });
  });

  it('409 when an idempotency key is reused for a different command', async () => {
    const first = await call(
      api.url,
      'POST',
      '/children/C1001/care-starts',
      {
        effectiveDate: '2020-01-06',
        legalStatus: 'V2',
        categoryOfNeed: 'N4',
        placement: { type: 'U6', provider: 'PR1' },
      },
      { 'Idempotency-Key': 'k-reuse-1' },
    );
    expect(first.status).toBe(201);
    const reused = await call(
      api.url,
      'POST',
      '/children/C1001/legal-status-changes',
      { effectiveDate: '2020-02-01', legalStatus: 'C1' },
      { 'Idempotency-Key': 'k-reuse-1' },
    );
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('echoes the caller’s correlation id on success and failure', async () => {
    const ok = await call(api.url, 'GET', '/status', undefined, { 'X-Correlation-Id': 'corr-123' });
    expect(ok.headers.get('x-correlation-id')).toBe('corr-123');
    const bad = await call(api.url, 'GET', '/children/NOBODY/history', undefined, {
      'X-Correlation-Id': 'corr-456',
    });
    expect(bad.body.correlationId).toBe('corr-456');
  });

  it('404 for an unknown route, still in the error shape', async () => {
    const res = await call(api.url, 'GET', '/nowhere');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'REQUEST.NOT_FOUND' });
  });
});
