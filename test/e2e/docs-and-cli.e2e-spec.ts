import { type ChildCommandType } from '@ledger/domain';
import { type ChildProcess, spawn } from 'node:child_process';
import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { CLI, CLI_FROM_SOURCES, ledger, ledgerInProcess, ROOT } from './support/cli-harness';
import { cliInvocation } from './support/store-under-test';
import { registration } from './support/journey';

describe('OpenAPI, health and the CLI', () => {
  const tmp = tempDir();
  const dbFile = () => `${tmp.dir}/ledger.db`;
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi({ dbFile: dbFile() });
  });
  afterAll(async () => {
    await api.close();
    tmp.remove();
  });

  it('serves the OpenAPI document with every command endpoint, and health', async () => {
    const doc = await call(api.url, 'GET', '/docs/openapi.json');
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths);
    // Keyed by command type: a new command is a compile error here until it has its endpoint.
    const endpointOf = {
      RegisterChild: '/children',
      UpdateChildDetails: '/children/{childId}/details',
      StartCare: '/children/{childId}/care-starts',
      MovePlacement: '/children/{childId}/placement-moves',
      ChangeLegalStatus: '/children/{childId}/legal-status-changes',
      StartTemporaryPlacement: '/children/{childId}/temporary-placements',
      EndTemporaryPlacement: '/children/{childId}/temporary-placement-ends',
      EndCare: '/children/{childId}/care-ends',
      StartStayingPut: '/children/{childId}/staying-put-starts',
      EndStayingPut: '/children/{childId}/staying-put-ends',
      RecordCareLeaverContact: '/children/{childId}/care-leaver-contacts',
      RecordAdoptionDecision: '/children/{childId}/adoption-decisions',
      RecordAdoptionMatch: '/children/{childId}/adoption-matches',
      ReverseAdoptionDecision: '/children/{childId}/adoption-decision-reversals',
      VoidEntry: '/children/{childId}/voids',
    } satisfies Record<ChildCommandType, string>;
    const commands = [...Object.values(endpointOf), '/children/{childId}/changes'];
    const reads = [
      '/children/{childId}/history',
      '/children/{childId}/timeline',
      '/measures',
      '/measures/series',
      '/inspection/annex-a/lists/{list}',
      '/forecast',
      '/forecast/backtest',
      '/data-quality',
      '/status',
      '/health',
      '/audit/access',
    ];
    const audit = [
      '/audit/public-key',
      '/audit/verify',
      '/audit/checkpoints',
      '/audit/events',
      '/imports',
      '/reports',
      '/reports/{id}',
      '/reports/{id}/restatement',
    ];
    expect(paths.sort()).toEqual([...commands, ...reads, ...audit].sort());
    // Every command documents its body and the headers that make it idempotent and attributable.
    const moves = doc.body.paths['/children/{childId}/placement-moves'].post;
    expect(moves.requestBody.content['application/json'].schema.$ref).toContain('MovePlacementRequestDto');
    expect(moves.parameters.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['Idempotency-Key', 'X-Recorded-By', 'childId']),
    );
    const ui = await fetch(`${api.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
    const health = await call(api.url, 'GET', '/health');
    expect(health.body).toEqual({ status: 'ok', position: null, auth: 'local' });
  });

  it('`ledger status --json` prints exactly the status as JSON (run from the sources, as `npm run ledger`)', async () => {
    await call(api.url, 'POST', '/children', registration);
    const { stdout, code } = await ledger(['status', '--json', '--db', dbFile()], {}, CLI_FROM_SOURCES);
    expect(code).toBe(0);
    const fromApi = await call(api.url, 'GET', '/status');
    expect(fromApi.body).toMatchObject({ events: 1, streams: 1 });
    expect(JSON.parse(stdout)).toEqual(fromApi.body);
  });

  it('`ledger status` on a bad setting stops with a message naming it', async () => {
    const { stderr, code } = await ledger(['status', '--json'], {
      EVENTSTORE_CONNECTION_STRING: 'http://nope',
    });
    expect(code).toBe(7); // EXIT.BAD_SETTING
    expect(stderr).toContain('EVENTSTORE_CONNECTION_STRING');
  });

  it('`ledger` run in-process prints and exits as its own process does, and puts the test process back', async () => {
    const env = { EVENTSTORE_CONNECTION_STRING: 'http://nope' };
    const spawned = await ledger(['status', '--json'], env);
    const inProcess = await ledgerInProcess(['status', '--json'], env);
    expect(inProcess.code).toBe(7); // EXIT.BAD_SETTING
    expect(inProcess).toEqual({ ...spawned, stderr: expect.stringContaining(spawned.stderr.trim()) });
    expect(process.exitCode).toBeUndefined();
    expect(process.env.EVENTSTORE_CONNECTION_STRING).toBeUndefined();
  });

  it('`ledger serve` starts the API on the configured store', async () => {
    const serve = cliInvocation(['serve', '--db', dbFile(), '--port', '0']);
    const child: ChildProcess = spawn(process.execPath, [...CLI, ...serve.args], {
      cwd: ROOT,
      env: { ...process.env, ...serve.env },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1].replace('[::1]', '127.0.0.1'));
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const status = await call(url, 'GET', '/status');
      expect(status.body.events).toBe(1);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
