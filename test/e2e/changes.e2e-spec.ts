import { apiPerSuite, call } from './support/api-harness';
import { registration } from './support/journey';

const placement = (carerId: string) => ({ type: 'U6', provider: 'PR1', carerId });

describe('a change: several facts checked together and appended all or nothing', () => {
  const api = apiPerSuite();
  const child = '/children/C1001';

  beforeAll(async () => {
    await call(api.url, 'POST', '/children', registration);
    await call(api.url, 'POST', `${child}/care-starts`, {
      effectiveDate: '2022-05-10',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: placement('A'),
    });
    await call(api.url, 'POST', `${child}/placement-moves`, {
      effectiveDate: '2022-06-01',
      placement: placement('B'),
      carerChanged: true,
      reason: 'CARPL',
    });
  });

  it('re-dates a care start that later facts depend on: void and re-record in one change', async () => {
    const history = await call(api.url, 'GET', `${child}/history`);
    const start = (history.body.entries as any[]).find((e) => e.type === 'CareStarted');
    const alone = await call(api.url, 'POST', `${child}/voids`, {
      eventId: start.eventId,
      reason: 'Wrong day',
    });
    expect(alone.body.code).toBe('CORRECTION.WOULD_BREAK_TIMELINE');

    const corrected = {
      effectiveDate: '2022-05-03',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placement: placement('A'),
    };
    const res = await call(api.url, 'POST', `${child}/changes`, {
      voidEventIds: [start.eventId],
      reason: 'Entered care on the 3rd, not the 10th',
      record: [{ type: 'StartCare', data: corrected }],
    });
    expect(res.status).toBe(201);
    expect(res.body.events.map((e: any) => e.type)).toEqual(['EntryVoided', 'CareStarted']);

    const after = await call(api.url, 'GET', `${child}/history`);
    const standing = (after.body.entries as any[]).filter(
      (e) => e.voided === null && e.type !== 'EntryVoided',
    );
    expect(standing.map((e) => [e.type, e.effectiveDate])).toEqual([
      ['ChildRegistered', '2017-03-14'],
      ['CareStarted', '2022-05-03'],
      ['PlacementMoved', '2022-06-01'],
    ]);
  });

  it('records a whole past period of care late, before the current one', async () => {
    const res = await call(api.url, 'POST', `${child}/changes`, {
      record: [
        { type: 'EndCare', data: { effectiveDate: '2020-03-01', reason: 'E4A' } },
        {
          type: 'StartCare',
          data: {
            effectiveDate: '2019-11-20',
            legalStatus: 'V2',
            categoryOfNeed: 'N4',
            placement: placement('Z'),
          },
        },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.events).toHaveLength(2);
  });

  it('names the bad field of an item by its path, and writes nothing', async () => {
    const before = await call(api.url, 'GET', '/status');
    const res = await call(api.url, 'POST', `${child}/changes`, {
      record: [
        { type: 'ChangeLegalStatus', data: { effectiveDate: '2022-07-01', legalStatus: 'C2' } },
        {
          type: 'MovePlacement',
          data: { effectiveDate: '2022-08-01', placement: { type: 'XX' }, carerChanged: true },
        },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'record[1].data.placement.type', messages: [expect.stringContaining('must be one of')] },
    ]);
    const rule = await call(api.url, 'POST', `${child}/changes`, {
      record: [
        { type: 'ChangeLegalStatus', data: { effectiveDate: '2022-07-01', legalStatus: 'C2' } },
        { type: 'EndTemporaryPlacement', data: { effectiveDate: '2022-08-01' } },
      ],
    });
    expect(rule.status).toBe(422);
    expect(rule.body.code).toBe('TEMPORARY_PLACEMENT.NONE_ACTIVE');
    expect((await call(api.url, 'GET', '/status')).body).toEqual(before.body);
  });
});
