import { apiPerSuite, call } from './support/api-harness';
import { registration } from './support/journey';

/**
 * A young person who stays with their foster carer at 18 (Staying Put), with care leaver
 * contacts on the 18th and 19th birthdays; and a child whose adoption plan is reversed.
 */
describe('leaving care, Staying Put, care leaver contacts and a reversed adoption decision', () => {
  const api = apiPerSuite();
  const post = async (path: string, body: unknown) => {
    const res = await call(api.url, 'POST', path, body);
    expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status: 201 });
    return res;
  };

  it('records Staying Put and the contacts, and the measures count them', async () => {
    await post('/children', { ...registration, childId: 'CL1', dateOfBirth: '2005-06-15' });
    await post('/children/CL1/care-starts', {
      effectiveDate: '2021-01-10',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placement: { type: 'U4', provider: 'PR1', carerId: 'FC-9' },
    });
    await post('/children/CL1/care-ends', { effectiveDate: '2023-06-15', reason: 'E17' });
    await post('/children/CL1/staying-put-starts', { effectiveDate: '2023-06-15', carerId: 'FC-9' });
    await post('/children/CL1/care-leaver-contacts', {
      effectiveDate: '2023-06-20',
      inTouch: 'YES',
      activity: 'F2',
      accommodation: 'Z1',
    });
    await post('/children/CL1/staying-put-ends', { effectiveDate: '2024-02-01' });
    await post('/children/CL1/care-leaver-contacts', {
      effectiveDate: '2024-06-14',
      inTouch: 'YES',
      activity: 'G5',
      accommodation: 'U2',
    });

    const history = await call(api.url, 'GET', '/children/CL1/history');
    expect((history.body.entries as any[]).map((e) => e.type)).toEqual([
      'ChildRegistered',
      'CareStarted',
      'CareEnded',
      'StayingPutStarted',
      'CareLeaverContactRecorded',
      'StayingPutEnded',
      'CareLeaverContactRecorded',
    ]);

    const year = await call(api.url, 'GET', '/measures?from=2023-04-01&to=2024-03-31');
    expect(year.body.careLeavers.stayingPutAt18).toEqual({ numerator: 1, denominator: 1, percent: 100 });
    expect(year.body.careLeavers.age18).toMatchObject({
      inTouch: { numerator: 1, denominator: 1, percent: 100 },
      educationEmploymentTraining: { numerator: 1, denominator: 1, percent: 100 },
      withFormerFosterCarers: { numerator: 1, denominator: 1, percent: 100 },
    });
    const next = await call(api.url, 'GET', '/measures?from=2024-04-01&to=2025-03-31');
    expect(next.body.careLeavers.age19to21).toMatchObject({
      inTouch: { numerator: 1, denominator: 1, percent: 100 },
      suitableAccommodation: { numerator: 0, denominator: 1, percent: 0 },
      educationEmploymentTraining: { numerator: 0, denominator: 1, percent: 0 },
    });
  });

  it('refuses Staying Put for a young person who did not leave foster care at 18', async () => {
    await post('/children', { ...registration, childId: 'CL2', dateOfBirth: '2008-01-01' });
    await post('/children/CL2/care-starts', {
      effectiveDate: '2021-01-10',
      legalStatus: 'V2',
      categoryOfNeed: 'N4',
      placement: { type: 'K2', provider: 'PR4' },
    });
    await post('/children/CL2/care-ends', { effectiveDate: '2023-01-10', reason: 'E4A' });
    const res = await call(api.url, 'POST', '/children/CL2/staying-put-starts', {
      effectiveDate: '2023-01-10',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('STAYING_PUT.NOT_ELIGIBLE');
  });

  it('records a decision to place for adoption and its reversal', async () => {
    await post('/children', { ...registration, childId: 'AR1', dateOfBirth: '2019-09-09' });
    await post('/children/AR1/care-starts', {
      effectiveDate: '2022-02-02',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: { type: 'U6', provider: 'PR1', carerId: 'F1' },
    });
    await post('/children/AR1/adoption-decisions', { effectiveDate: '2022-09-01' });
    await post('/children/AR1/adoption-decision-reversals', { effectiveDate: '2023-03-01', reason: 'RD3' });
    const again = await call(api.url, 'POST', '/children/AR1/adoption-decision-reversals', {
      effectiveDate: '2023-04-01',
      reason: 'RD4',
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('ADOPTION.NO_ACTIVE_DECISION');
    const history = await call(api.url, 'GET', '/children/AR1/history');
    expect((history.body.entries as any[]).at(-1)).toMatchObject({
      type: 'AdoptionDecisionReversed',
      data: { effectiveDate: '2023-03-01', reason: 'RD3' },
    });
  });
});
