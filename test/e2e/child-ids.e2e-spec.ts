import { apiPerSuite, call } from './support/api-harness';
import { registration } from './support/journey';

/**
 * One child id rule, the domain's: an id a council uses (and a 903 import records) can be
 * registered, read and corrected over HTTP, and the same ids are refused everywhere.
 */
describe('child ids over HTTP', () => {
  const api = apiPerSuite();

  it.each(['AB.12', 'C/101'])('registers %s, records a fact for it and reads it back', async (childId) => {
    const path = `/children/${encodeURIComponent(childId)}`;
    expect((await call(api.url, 'POST', '/children', { ...registration, childId })).status).toBe(201);
    const start = await call(api.url, 'POST', `${path}/care-starts`, {
      effectiveDate: '2021-06-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: { type: 'U6', provider: 'PR1', carerId: 'FC-1' },
    });
    expect(start.status).toBe(201);
    const history = await call(api.url, 'GET', `${path}/history`);
    expect(history.status).toBe(200);
    expect((history.body.entries as any[]).map((e) => e.type)).toEqual(['ChildRegistered', 'CareStarted']);
    const timeline = await call(api.url, 'GET', `${path}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.periods).toHaveLength(1);
  });

  it('refuses the same ids in the path and in the body, naming the field', async () => {
    const tooLong = 'C123456789X';
    const inBody = await call(api.url, 'POST', '/children', { ...registration, childId: tooLong });
    expect(inBody.status).toBe(400);
    const inPath = await call(api.url, 'GET', `/children/${tooLong}/history`);
    expect(inPath.status).toBe(400);
    expect(inPath.body).toMatchObject({ code: 'VALIDATION.INVALID_VALUE', field: 'childId' });
    expect(inPath.body.message).toBe('childId must be 1 to 10 characters, without spaces');
    const spaced = await call(api.url, 'GET', `/children/${encodeURIComponent('A B')}/history`);
    expect(spaced.status).toBe(400);
  });
});
