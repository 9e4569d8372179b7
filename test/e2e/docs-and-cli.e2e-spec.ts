import { type ChildProcess, spawn } from 'node:child_process';
import { call, type RunningApi, startApi, tempDir } from './support/api-harness';
import { CLI, ledger, ROOT } from './support/cli-harness';
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
    const commands = [
      'details',
      'care-starts',
      'placement-moves',
      'legal-status-changes',
      'temporary-placements',
      'temporary-placement-ends',
      'care-ends',
      'staying-put-starts',
      'staying-put-ends',
      'care-leaver-contacts',
      'adoption-decisions',
      'adoption-matches',
      'adoption-decision-reversals',
      'voids',
      'changes',
    ];
    const reads = [
      '/children/{childId}/history',
      '/children/{childId}/timeline',
      '/measures',
      '/measures/series',
      '/inspection/annex-a/lists/{list}',
      '/data-quality',
      '/status',
      '/health',
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
    expect(paths.sort()).toEqual(
      ['/children', ...commands.map((c) => `/children/{childId}/${c}`), ...reads, ...audit].sort(),
    );
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
    expect(health.body).toEqual({ status: 'ok', position: null });
  });

  it('`ledger status --json` prints exactly the status as JSON', async () => {
    await call(api.url, 'POST', '/children', registration);
    const { stdout, code } = await ledger(['status', '--json', '--db', dbFile()]);
    expect(code).toBe(0);
    const fromApi = await call(api.url, 'GET', '/status');
    expect(fromApi.body).toMatchObject({ events: 1, streams: 1 });
    expect(JSON.parse(stdout)).toEqual(fromApi.body);
  });

  it('`ledger status` on a bad setting stops with a message naming it', async () => {
    const { stderr, code } = await ledger(['status', '--json'], {
      EVENTSTORE_CONNECTION_STRING: 'http://nope',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('EVENTSTORE_CONNECTION_STRING');
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
