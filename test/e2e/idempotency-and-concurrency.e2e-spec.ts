import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { registration } from './support/journey';

describe('idempotent repeats and concurrent writers', () => {
  const tmp = tempDir();
  let first: RunningApi;
  let second: RunningApi;

  beforeAll(async () => {
    // Two API instances on one file: two writers that do not share memory.
    first = await startApi({ dbFile: `${tmp.dir}/ledger.db` });
    second = await startApi({ dbFile: `${tmp.dir}/ledger.db` });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    tmp.remove();
  });

  it('a repeated command appends nothing and answers as the first time did', async () => {
    const key = { 'Idempotency-Key': 'register-C1001' };
    const once = await call(first.url, 'POST', '/children', registration, key);
    const before = await call(first.url, 'GET', '/status');
    const twice = await call(second.url, 'POST', '/children', registration, key);
    const after = await call(first.url, 'GET', '/status');
    expect(once.status).toBe(201);
    expect(twice.status).toBe(201);
    expect(twice.body).toEqual(once.body);
    expect(twice.headers.get('idempotent-replayed')).toBe('true');
    expect(after.body).toEqual(before.body);
  });

  it('two writers racing on one child: each command lands once or is refused with 409, none lost or duplicated', async () => {
    const writes = Array.from({ length: 16 }, (_, i) => {
      const api = i % 2 === 0 ? first : second;
      const day = String(i + 1).padStart(2, '0');
      return call(
        api.url,
        'POST',
        '/children/C1001/details',
        { ...registration, childId: undefined, effectiveDate: `2019-01-${day}`, homePostcode: `DT${i} 1AA` },
        { 'Idempotency-Key': `race-${i}` },
      );
    });
    const results = await Promise.all(writes);
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const landed = results.filter((r) => r.status === 201).map((r) => r.body.events[0].id as string);
    expect(landed.length).toBeGreaterThan(0);

    const history = await call(first.url, 'GET', '/children/C1001/history');
    const updates = (history.body.entries as any[]).filter((e) => e.type === 'ChildDetailsUpdated');
    expect(updates.map((e) => e.eventId).sort()).toEqual([...landed].sort());
    const revisions = (history.body.entries as any[]).map((e) => Number(e.revision)).sort((a, b) => a - b);
    expect(revisions).toEqual(revisions.map((_, i) => i));

    // A refused writer can simply try again with the same key: it lands exactly once.
    for (const [i, r] of results.entries()) {
      if (r.status !== 409) continue;
      const day = String(i + 1).padStart(2, '0');
      const retry = await call(
        first.url,
        'POST',
        '/children/C1001/details',
        { ...registration, childId: undefined, effectiveDate: `2019-01-${day}`, homePostcode: `DT${i} 1AA` },
        { 'Idempotency-Key': `race-${i}` },
      );
      expect(retry.status).toBe(201);
    }
    const final = await call(first.url, 'GET', '/children/C1001/history');
    expect((final.body.entries as any[]).filter((e) => e.type === 'ChildDetailsUpdated')).toHaveLength(16);
  });

  it('one key with two different bodies at once: one lands, the other is 409 IDEMPOTENCY.KEY_REUSED', async () => {
    const update = (postcode: string) => ({
      ...registration,
      childId: undefined,
      effectiveDate: '2019-02-01',
      homePostcode: postcode,
    });
    for (let round = 0; round < 4; round++) {
      const key = { 'Idempotency-Key': `reused-${round}` };
      const [a, b] = await Promise.all([
        call(first.url, 'POST', '/children/C1001/details', update('DT1 1AA'), key),
        call(round % 2 ? first.url : second.url, 'POST', '/children/C1001/details', update('DT9 9ZZ'), key),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const refused = a.status === 409 ? a : b;
      expect(refused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      const landed = a.status === 201 ? a : b;
      const history = await call(first.url, 'GET', '/children/C1001/history');
      const stored = (history.body.entries as any[]).filter((e) => e.eventId === landed.body.events[0].id);
      expect(stored).toHaveLength(1);
      // The same key again, sequentially, with the refused body: still refused.
      const again = await call(
        first.url,
        'POST',
        '/children/C1001/details',
        refused === a ? update('DT1 1AA') : update('DT9 9ZZ'),
        key,
      );
      expect(again.status).toBe(409);
    }
  });
});
