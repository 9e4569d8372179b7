import { apiPerSuite, call } from './support/api-harness';
import { registration } from './support/journey';

/** `POST /children/{id}/details` takes the fields that change; the others stand. */
describe("a change of a child's details", () => {
  const api = apiPerSuite();
  const post = (path: string, body: unknown) => call(api.url, 'POST', path, body);

  beforeAll(async () => {
    expect((await post('/children', { ...registration, childId: 'D1' })).status).toBe(201);
  });

  it('changes the postcode alone; the history records the whole details from that day', async () => {
    const res = await post('/children/D1/details', { effectiveDate: '2024-05-01', homePostcode: 'DT4 8CD' });
    expect(res.status).toBe(201);
    const timeline = await call(api.url, 'GET', '/children/D1/timeline');
    const { childId: _childId, ...unchanged } = registration;
    expect(timeline.body.details).toMatchObject({ ...unchanged, childId: 'D1', homePostcode: 'DT4 8CD' });
    const history = await call(api.url, 'GET', '/children/D1/history');
    const update = history.body.entries.find((e: any) => e.type === 'ChildDetailsUpdated');
    expect(update.data).toMatchObject({
      effectiveDate: '2024-05-01',
      homePostcode: 'DT4 8CD',
      dateOfBirth: registration.dateOfBirth,
      responsibleAuthority: registration.responsibleAuthority,
      uasc: false,
    });
  });

  it('null clears an optional field; no field at all, or a bad one, is refused with 400', async () => {
    expect((await post('/children/D1/details', { effectiveDate: '2024-06-01', upn: null })).status).toBe(201);
    expect((await call(api.url, 'GET', '/children/D1/timeline')).body.details.upn).toBeUndefined();
    const empty = await post('/children/D1/details', { effectiveDate: '2024-07-01' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION.INVALID_VALUE');
    const bad = await post('/children/D1/details', { effectiveDate: '2024-07-01', sex: 'X' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'VALIDATION.FAILED', field: 'sex' } });
  });
});
