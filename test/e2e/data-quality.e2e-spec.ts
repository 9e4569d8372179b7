import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { onEventStoreDb, releaseStore, storeEnv } from './support/store-under-test';

/**
 * Data quality before the return goes, through the real HTTP server and the real CLI on one
 * ledger: a young person whose care runs past the 18th birthday (DfE rule 359) and a move
 * whose placement postcode is the home postcode (392d); and facts that cannot vanish: a
 * second move on the same day is refused, naming the entry already there.
 */
describe('data quality and same-day facts', () => {
  const tmp = tempDir();
  const dbFile = join(tmp.dir, 'ledger.db');
  let api: RunningApi;
  const post = (path: string, body: unknown) => call(api.url, 'POST', path, body);
  const foster = (carerId: string, postcode: string) => ({
    type: 'U4',
    provider: 'PR1',
    carerId,
    postcode,
    urn: 'SC000001',
  });

  beforeAll(async () => {
    api = await startApi({ dbFile });
    expect(
      (
        await post('/children', {
          childId: 'Q1',
          dateOfBirth: '2005-06-01',
          sex: 'M',
          ethnicity: 'WBRI',
          upn: 'UN2',
          responsibleAuthority: 'E06000059',
          homePostcode: 'DT1 1AA',
          uasc: false,
        })
      ).status,
    ).toBe(201);
    const start = await post('/children/Q1/care-starts', {
      effectiveDate: '2022-05-01',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placement: foster('FC-1', 'BH1 1AA'),
    });
    expect(start.status).toBe(201);
  });
  afterAll(async () => {
    await api.close();
    tmp.remove();
  });

  it('refuses a second move on a day that has one (422 naming the entry), and keeps the first as recorded', async () => {
    const first = await post('/children/Q1/placement-moves', {
      effectiveDate: '2023-01-10',
      carerChanged: true,
      reason: 'CREQO',
      placement: foster('FC-2', 'DT1 1AA'),
    });
    expect(first.status).toBe(201);
    const second = await post('/children/Q1/placement-moves', {
      effectiveDate: '2023-01-10',
      carerChanged: true,
      reason: 'ALLEG',
      placement: foster('FC-3', 'BH2 2AA'),
    });
    expect(second.status).toBe(422);
    expect(second.body.code).toBe('TIMELINE.SAME_DAY_FACT');
    expect(second.body.message).toContain(`entry ${first.body.events[0].id}`);
    expect(second.body.message).toMatch(/[Vv]oid/);
    const timeline = await call(api.url, 'GET', '/children/Q1/timeline');
    const moves = JSON.stringify(timeline.body);
    expect(moves).toContain('FC-2');
    expect(moves).not.toContain('FC-3');
  });

  it('GET /data-quality lists every rule checked and each failure with child, table, field and event', async () => {
    const res = await call(api.url, 'GET', '/data-quality?year=2023-24');
    expect(res.status).toBe(200);
    expect(res.body.year).toBe('2023-24');
    expect(res.body.rules.map((r: any) => r.code)).toEqual(
      expect.arrayContaining(['104', '359', '392c', '392d']),
    );
    const rules = res.body.failures.map((f: any) => f.rule).sort();
    expect(rules).toEqual(['359', '392d']);
    for (const f of res.body.failures) {
      expect(f).toMatchObject({ childId: 'Q1', table: 'episodes' });
      expect(typeof f.eventId).toBe('string');
      expect(typeof f.message).toBe('string');
    }
    expect(res.body.failures.find((f: any) => f.rule === '392d').field).toBe('PL_POST');
    const bad = await call(api.url, 'GET', '/data-quality?year=2023');
    expect(bad.status).toBe(400);
  });

  it('`ledger validate --json` prints the same report; --out writes it as CSV; export --strict writes nothing', async () => {
    const fromApi = (await call(api.url, 'GET', '/data-quality?year=2023-24')).body;
    const out = join(tmp.dir, 'failures.csv');
    const res = await ledger(['validate', '--year', '2023-24', '--json', '--out', out, '--db', dbFile]);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual(fromApi);
    const lines = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('rule,message,child,table,field,event');
    expect(lines).toHaveLength(3);
    const strict = await ledger([
      'export',
      '--year',
      '2023-24',
      '--out',
      join(tmp.dir, 'x'),
      '--strict',
      '--json',
      '--db',
      dbFile,
    ]);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ refused: true, failures: 2, files: [] });
    const loose = await ledger(['export', '--year', '2023-24', '--out', join(tmp.dir, 'y'), '--db', dbFile]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('fails 2 DfE rule checks');
  });

  it('imports a child whose rows break only content rules, reporting them as findings apart from skipped children', async () => {
    const dir = join(tmp.dir, 'returns', '2023-24');
    mkdirSync(dir, { recursive: true });
    const file = (table: string, text: string) =>
      writeFileSync(
        join(dir, `SSDA903_2023-24_${table}.csv`),
        text.trim().replace(/\n\s+/g, '\r\n') + '\r\n',
      );
    file(
      'header',
      `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
      K,1,01/01/2012,WBRI,UN2,,
      L,1,01/01/2005,WBRI,UN2,,
      H,2,01/01/2010,WBRI,UN2,,
      X,1,01/01/2012,WBRI,UN2,,`,
    );
    file(
      'episodes',
      `CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
      K,01/05/2022,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,DT1 1AA,BH1 1AA,SC1
      K,01/06/2023,P,C2,N2,U5,PR1,,,,DT1 1AA,NPT 5JZ,SC2
      L,01/05/2021,S,C2,N1,U4,PR1,01/06/2022,E4A,,DT1 1AA,BH1 1AA,SC1
      X,31/02/2023,S,C2,N1,U4,PR1,,,,DT1 1AA,BH1 1AA,SC1`,
    );
    file(
      'oc3',
      `CHILD,DOB,IN_TOUCH,ACTIV,ACCOM
      L,01/01/2005,YES,F3,U1`,
    );
    const db = join(tmp.dir, 'findings.db');
    if (onEventStoreDb()) await storeEnv(db);
    const res = await ledger(['import', dir, '--authority', 'E06000059', '--json', '--db', db]);
    if (onEventStoreDb()) await releaseStore(db);
    const summary = JSON.parse(res.stdout);
    expect(summary.children).toMatchObject({
      inReturns: 4,
      imported: 3,
      skipped: 1,
      withFindings: 3,
      headerOnly: 1,
    });
    const findings = summary.findings.map((f: any) => [
      f.file.split('/').pop(),
      f.line,
      f.column,
      f.childId,
      f.rule,
    ]);
    expect(findings).toEqual(
      expect.arrayContaining([
        ['SSDA903_2023-24_episodes.csv', 3, 'CIN', 'K', '504'],
        ['SSDA903_2023-24_oc3.csv', 2, 'ACTIV', 'L', '132'],
        ['SSDA903_2023-24_header.csv', 4, 'CHILD', 'H', 'EPI'],
      ]),
    );
    expect(findings).toHaveLength(3);
    expect(summary.rowErrors.map((e: any) => e.childId)).toEqual(['X']);
  });
});
