import { apiPerSuite, call } from './support/api-harness';
import { CHILD_ID, journeyEventTypes, journeySteps, registration } from './support/journey';

describe('a child’s whole journey through the API', () => {
  const api = apiPerSuite();

  it('records every step and reads the journey back exactly, in effective order', async () => {
    const who = { 'X-Recorded-By': 'sw-0042' };
    const registered = await call(api.url, 'POST', '/children', registration, who);
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({
      childId: CHILD_ID,
      revision: '0',
      events: [{ type: 'ChildRegistered', revision: '0' }],
    });

    for (const [path, body] of journeySteps) {
      const res = await call(api.url, 'POST', `/children/${CHILD_ID}/${path}`, body, who);
      expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status: 201 });
    }

    const history = await call(api.url, 'GET', `/children/${CHILD_ID}/history`);
    expect(history.status).toBe(200);
    const entries = history.body.entries as any[];
    expect(entries.map((e) => e.type)).toEqual(journeyEventTypes);
    expect(entries[0].data).toEqual({ ...registration, effectiveDate: registration.dateOfBirth });
    journeySteps.forEach(([, body], i) => expect(entries[i + 1].data).toEqual(body));
    expect(entries.map((e) => e.revision)).toEqual(entries.map((_, i) => String(i)));
    for (const e of entries) {
      expect(e).toMatchObject({ recordedBy: 'sw-0042', source: 'api', voided: null });
      expect(Date.parse(e.recordedAt)).not.toBeNaN();
    }

    // The child's stream, and the access log's record of the history just read (local mode: the OS user).
    const status = await call(api.url, 'GET', '/status');
    expect(status.body).toMatchObject({ events: entries.length + 1, streams: 2 });
    expect(BigInt(status.body.position)).toBeGreaterThan(BigInt(entries[entries.length - 1].position));
    const access = await call(api.url, 'GET', `/audit/access?childId=${CHILD_ID}`);
    expect(access.body.records).toEqual([
      expect.objectContaining({
        mode: 'local',
        children: [CHILD_ID],
        endpoint: 'GET /children/:childId/history',
      }),
    ]);
  });

  it('reads the placement history: one period, three carers, the hospital stay folded in, the moves and reasons', async () => {
    const res = await call(api.url, 'GET', `/children/${CHILD_ID}/timeline`);
    expect(res.status).toBe(200);
    const t = res.body;
    expect(t.periods).toMatchObject([{ start: '2021-06-01', end: '2023-08-30', endReason: 'E11' }]);
    expect(t.placements.map((p: any) => [p.start, p.end, p.placement.carerId])).toEqual([
      ['2021-06-01', '2021-09-10', 'FC-1'],
      ['2021-09-10', '2022-05-20', 'FC-2'],
      ['2022-05-20', '2023-08-30', 'FC-3'],
    ]);
    expect(t.moves.map((m: any) => [m.date, m.carerChanged, m.reason])).toEqual([
      ['2021-09-10', true, 'CREQO'],
      ['2022-05-20', true, 'CARPL'],
      ['2023-02-01', false, 'CARPL'],
    ]);
    expect(t.temporaryPlacements).toMatchObject([
      { start: '2022-02-01', end: '2022-02-09', placement: { type: 'T1' } },
    ]);
    expect(t.episodes.map((e: any) => e.rne)).toEqual(['S', 'P', 'P', 'P', 'L', 'P', 'L', 'T']);
    const unknown = await call(api.url, 'GET', '/children/NOBODY/timeline');
    expect(unknown.status).toBe(404);
  });

  it('voids an entry without erasing it, and shows the history as it was known before', async () => {
    const before = await call(api.url, 'GET', `/children/${CHILD_ID}/history`);
    const match = (before.body.entries as any[]).find((e) => e.type === 'AdoptionMatched');
    const lastPosition = (before.body.entries as any[]).reduce(
      (max, e) => (BigInt(e.position) > max ? BigInt(e.position) : max),
      0n,
    );

    const voided = await call(
      api.url,
      'POST',
      `/children/${CHILD_ID}/voids`,
      { eventId: match.eventId, reason: 'Match date keyed against the wrong child' },
      { 'X-Recorded-By': 'auditor-7' },
    );
    expect(voided.status).toBe(201);

    const after = await call(api.url, 'GET', `/children/${CHILD_ID}/history`);
    const entries = after.body.entries as any[];
    const marked = entries.find((e) => e.eventId === match.eventId);
    expect(marked.voided).toMatchObject({
      byEventId: voided.body.events[0].id,
      reason: 'Match date keyed against the wrong child',
      recordedBy: 'auditor-7',
    });
    expect(entries.filter((e) => e.type === 'EntryVoided')).toHaveLength(1);

    const asKnown = await call(api.url, 'GET', `/children/${CHILD_ID}/history?asKnownAt=${lastPosition}`);
    expect(asKnown.body.asKnownAt).toBe(String(lastPosition));
    expect((asKnown.body.entries as any[]).map((e) => e.type)).toEqual(journeyEventTypes);
    expect((asKnown.body.entries as any[]).every((e) => e.voided === null)).toBe(true);
  });

  it('refuses a correction that would break the timeline, and writes nothing', async () => {
    const history = await call(api.url, 'GET', `/children/${CHILD_ID}/history`);
    const careStart = (history.body.entries as any[]).find((e) => e.type === 'CareStarted');
    const res = await call(api.url, 'POST', `/children/${CHILD_ID}/voids`, {
      eventId: careStart.eventId,
      reason: 'wrong',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('CORRECTION.WOULD_BREAK_TIMELINE');
    const again = await call(api.url, 'GET', `/children/${CHILD_ID}/history`);
    expect(again.body.entries).toHaveLength(history.body.entries.length);
  });
});
