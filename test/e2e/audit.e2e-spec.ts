import { loadConfig } from '@ledger/core';
import { type INestApplication } from '@nestjs/common';
import Database from 'better-sqlite3';
import { type NextFunction, type Request, type Response } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../apps/api/src/create-api';
import { type Principal, type Role } from '../../apps/api/src/auth/access';
import { DailyCheckpoint } from '../../apps/api/src/audit/daily-checkpoint';
import { call, tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { CHILD_ID, journeySteps, registration } from './support/journey';
import { onEventStoreDb, releaseStore, storeEnv } from './support/store-under-test';

/**
 * The auditor's evidence over real HTTP and the real CLI. The principal is attached as the
 * sign-in guard attaches it (`req.principal`), chosen here by a test header.
 */
describe('audit: checkpoints, verify, the trail, reports and their restatement', () => {
  const tmp = tempDir();
  const dbFile = join(tmp.dir, 'ledger.db');
  let app: INestApplication;
  let url: string;
  const as = (role: Role) => ({ 'x-test-role': role });

  beforeAll(async () => {
    const env = await storeEnv(dbFile);
    const onEsdb = env.EVENTSTORE_CONNECTION_STRING !== undefined;
    const config = loadConfig(
      { ...env, LEDGER_CHECKPOINT_DIR: join(tmp.dir, 'notes') },
      { db: onEsdb ? undefined : dbFile, port: 0 },
    );
    app = await createApi({ config, logLevels: ['error'] });
    app.use((req: Request, _res: Response, next: NextFunction) => {
      const role = req.header('x-test-role') as Role | undefined;
      if (role)
        (req as Request & { principal?: Principal }).principal = {
          mode: 'token',
          subject: `${role}-1`,
          roles: [role],
        };
      next();
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await call(url, 'POST', '/children', registration, as('recorder'));
    for (const [path, body] of journeySteps.slice(0, 3))
      await call(url, 'POST', `/children/${CHILD_ID}/${path}`, body, as('recorder'));
  });
  afterAll(async () => {
    await app.close();
    await releaseStore(dbFile);
    tmp.remove();
  });

  it('publishes the public key, takes a signed checkpoint and verifies the ledger', async () => {
    const key = await call(url, 'GET', '/audit/public-key');
    expect(key.status).toBe(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', name: 'placement-ledger' });
    expect(key.body.publicKeyPem).toContain('BEGIN PUBLIC KEY');

    const taken = await call(url, 'POST', '/audit/checkpoints', undefined, as('auditor'));
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ sequence: 1, count: 4, reason: 'on-demand', keyId: key.body.keyId });
    expect(readFileSync(taken.body.file, 'utf8')).toBe(taken.body.note);
    expect(taken.body.note).toMatch(/^placement-ledger\/audit\n4\n/);

    const verified = await call(url, 'GET', '/audit/verify', undefined, as('auditor'));
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, events: 5, checkpoints: 1, findings: [] });
  });

  it('takes the daily checkpoint while serving only when the last is a day old', async () => {
    const daily = app.get(DailyCheckpoint);
    const last = (await call(url, 'GET', '/audit/verify', undefined, as('auditor'))).body.checkpoints;
    await daily.lookNow();
    expect((await call(url, 'GET', '/audit/verify', undefined, as('auditor'))).body.checkpoints).toBe(last);
    await daily.lookNow(Date.now() + 25 * 60 * 60 * 1000);
    const after = await call(url, 'GET', '/audit/verify', undefined, as('auditor'));
    expect(after.body).toMatchObject({ ok: true, checkpoints: last + 1 });
  });

  it('lists the trail in recorded order, in words, paged, and as CSV', async () => {
    const page = await call(
      url,
      'GET',
      `/audit/events?childId=${CHILD_ID}&limit=2`,
      undefined,
      as('auditor'),
    );
    expect(page.status).toBe(200);
    // Positions are the store's (contiguous on SQLite, byte offsets on EventStoreDB): in order, and the cursor.
    expect(page.body.entries.map((e: any) => [e.type, e.recordedBy, e.source])).toEqual([
      ['ChildRegistered', 'recorder-1', 'api'],
      ['CareStarted', 'recorder-1', 'api'],
    ]);
    const [first, second] = page.body.entries.map((e: any) => BigInt(e.position));
    expect(first < second).toBe(true);
    expect(page.body.entries[1].description).toBe(
      'Care start recorded for 2021-06-01: U6 with carer FC-1 provider PR1, legal status C1, need N1',
    );
    expect(page.body.next).toBe(String(second));
    expect(page.headers.get('x-next-after')).toBe(String(second));
    const rest = await call(
      url,
      'GET',
      `/audit/events?childId=${CHILD_ID}&after=${page.body.next}`,
      undefined,
      as('auditor'),
    );
    expect(rest.body.entries.map((e: any) => e.type)).toEqual([
      'PlacementMoved',
      'TemporaryPlacementStarted',
    ]);
    expect(rest.body.next).toBeNull();

    const csv = await fetch(`${url}/audit/events?type=PlacementMoved&format=csv`, { headers: as('auditor') });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['position', 'recordedAt', 'recordedBy']);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Placement move recorded for 2021-09-10');

    const bad = await call(url, 'GET', '/audit/events?recordedFrom=yesterday', undefined, as('auditor'));
    expect(bad.status).toBe(400);
    const imports = await call(url, 'GET', '/imports', undefined, as('auditor'));
    expect(imports).toMatchObject({ status: 200, body: [] });
  });

  it('keeps a report as submitted; the restatement names the moved fields, the children only for auditors', async () => {
    const saved = await call(
      url,
      'POST',
      '/reports',
      { name: '2021-22 as submitted', from: '2021-04-01', to: '2022-03-31' },
      as('auditor'),
    );
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      name: '2021-22 as submitted',
      savedBy: 'auditor-1',
      checkpoint: { sequence: 3 },
    });
    expect(saved.body.report.snapshot.childrenLookedAfter).toBe(1);
    const listed = await call(url, 'GET', '/reports', undefined, as('analyst'));
    expect(listed.body.map((r: any) => r.id)).toEqual([saved.body.id]);

    // A late fact: the child left care before the year ended, so the snapshot on 2022-03-31 moves.
    await call(
      url,
      'POST',
      `/children/${CHILD_ID}/temporary-placement-ends`,
      { effectiveDate: '2022-02-09' },
      as('recorder'),
    );
    const ended = await call(
      url,
      'POST',
      `/children/${CHILD_ID}/care-ends`,
      { effectiveDate: '2022-03-01', reason: 'E4A' },
      as('recorder'),
    );
    expect(ended.status).toBe(201);

    const auditor = await call(url, 'GET', `/reports/${saved.body.id}/restatement`, undefined, as('auditor'));
    expect(auditor.status).toBe(200);
    const lookedAfter = auditor.body.changes.find((c: any) => c.field === 'snapshot.childrenLookedAfter');
    expect(lookedAfter).toMatchObject({ old: 1, new: 0, childCount: 1, eventCount: 2 });
    expect(lookedAfter.children[0].childId).toBe(CHILD_ID);
    expect(lookedAfter.children[0].events.map((e: any) => [e.type, e.recordedBy])).toEqual([
      ['TemporaryPlacementEnded', 'recorder-1'],
      ['CareEnded', 'recorder-1'],
    ]);

    const analyst = await call(url, 'GET', `/reports/${saved.body.id}/restatement`, undefined, as('analyst'));
    expect(analyst.status).toBe(200);
    expect(JSON.stringify(analyst.body)).not.toContain(CHILD_ID);
    expect(analyst.body.changes.map((c: any) => c.field)).toEqual(
      auditor.body.changes.map((c: any) => c.field),
    );

    const none = await call(
      url,
      'GET',
      `/reports/${saved.body.id}/restatement?asKnownAt=${saved.body.position}&against=${saved.body.position}`,
      undefined,
      as('analyst'),
    );
    expect(none.body.changes).toEqual([]);
    const missing = await call(
      url,
      'GET',
      '/reports/00000000-0000-4000-8000-000000000000/restatement',
      undefined,
      as('auditor'),
    );
    expect(missing).toMatchObject({ status: 404, body: { code: 'REPORT.NOT_FOUND' } });
  });

  it('ledger verify exits 0 on the untouched ledger with the outside copy, and 1 with the finding after a tamper', async () => {
    await app.close();
    const env = { LEDGER_CHECKPOINT_DIR: join(tmp.dir, 'notes') };
    const note = join(tmp.dir, 'notes', 'checkpoint-1.txt');
    const ok = await ledger(['verify', '--json', '--checkpoint', note, '--db', dbFile], env);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, checkpoints: 3, outsideCheckpoints: 1 });
    const trail = await ledger(['audit', '--child', CHILD_ID, '--csv', '--db', dbFile], env);
    expect(trail.stdout.trim().split('\r\n')).toHaveLength(1 + 6);
    if (onEventStoreDb()) return; // The tamper below edits the SQLite file itself.
    const db = new Database(dbFile);
    db.prepare(
      `UPDATE events SET data = json_set(data, '$.effectiveDate', '2021-06-02') WHERE position = 2`,
    ).run();
    db.close();
    const tampered = await ledger(['verify', '--checkpoint', note, '--db', dbFile], env);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`event-edited          [child-${CHILD_ID}, revision 1, position 2]`);
    app = await createApi({ config: loadConfig({}, { db: dbFile, port: 0 }), logLevels: ['error'] });
  });
});
