import { loadConfig } from '@ledger/core';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createApi } from '../../apps/api/src/create-api';
import { call, tempDir } from './support/api-harness';
import { CLI, ROOT } from './support/cli-harness';
import { registration } from './support/journey';

/**
 * Root ignores file permissions: as root, the read-only cases run the CLI as `nobody`, so a
 * read-only file or folder is read-only to it, as on an auditor's machine or a read-only mount.
 */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** The real CLI on the embedded store, whatever store the rest of the e2e suite runs on. */
function ledger(
  args: string[],
  options: { uid?: number; gid?: number } = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd: ROOT, env: { ...process.env, HOME: '/tmp', EVENTSTORE_CONNECTION_STRING: '' }, ...options },
      (error, stdout, stderr) =>
        resolve({ stdout, stderr, code: error ? Number((error as { code?: number }).code ?? 1) : 0 }),
    );
  });
}

/** Each test runs the CLI in several processes: on a busy machine each takes seconds. */
const CLI_TIMEOUT = 180_000;

/** The one line a failure prints: exactly one line on standard error, no stack trace. */
const oneLine = (stderr: string): string => {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0];
};

describe('opening a ledger from the command line', () => {
  const tmp = tempDir();
  chmodSync(tmp.dir, 0o755);
  const ledgerFile = join(tmp.dir, 'made', 'ledger.db');
  // An input the import accepts as far as reading files goes, so it goes on to open the ledger.
  const input = join(tmp.dir, 'input.csv');
  writeFileSync(input, 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n');

  beforeAll(async () => {
    const demo = await ledger(['demo', '--children', '5', '--years', '1', '--db', ledgerFile]);
    expect(demo.code).toBe(0);
    expect(demo.stderr).toContain(`Created a new ledger at ${ledgerFile}`);
  }, CLI_TIMEOUT);
  afterAll(() => tmp.remove());

  it.each([
    ['status'],
    ['measures', '--from', '2023-04-01', '--to', '2024-03-31'],
    ['export', '--year', '2023-24', '--out', 'OUT'],
    ['annex-a', '--list', '8', '--date', '2024-03-31'],
  ])(
    '`%s` refuses a ledger that does not exist, exit 3, and creates nothing',
    async (...command) => {
      const missing = join(tmp.dir, 'typo', 'ledgr.db');
      const args = command.map((a) => (a === 'OUT' ? join(tmp.dir, 'typo-out') : a));
      const { code, stdout, stderr } = await ledger([...args, '--db', missing]);
      expect(code).toBe(3);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toMatch(new RegExp(`^ledger: no ledger at ${missing}`));
      expect(existsSync(join(tmp.dir, 'typo'))).toBe(false);
      expect(existsSync(join(tmp.dir, 'typo-out'))).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'names a folder, a file that is not SQLite, another SQLite database and a newer schema, exit 4',
    async () => {
      const text = join(tmp.dir, 'notes.txt');
      writeFileSync(text, 'CHILD,SEX\n1,M\n');
      const other = join(tmp.dir, 'other.db');
      const db = new Database(other);
      db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
      db.close();
      const newer = join(tmp.dir, 'newer.db');
      copyFileSync(ledgerFile, newer);
      const raw = new Database(newer);
      raw.pragma('user_version = 2');
      raw.close();

      const cases: [string[], string][] = [
        [['status', '--db', tmp.dir], `ledger: ${tmp.dir} is a folder, not a ledger file`],
        [['status', '--db', text], `ledger: ${text} is not a ledger: it is not a SQLite database`],
        [['status', '--db', other], `ledger: ${other} is a SQLite database but not a ledger`],
        [
          ['import', input, '--authority', 'E06000059', '--db', other],
          `ledger: ${other} is a SQLite database but not a ledger`,
        ],
        [
          ['status', '--db', newer],
          `ledger: ${newer} was written by a newer ledger (schema version 2; this one reads up to 1)`,
        ],
        [['serve', '--port', '0', '--db', newer], `ledger: ${newer} was written by a newer ledger`],
        [['serve', '--port', '0', '--db', text], `ledger: ${text} is not a ledger`],
      ];
      const results = await Promise.all(cases.map(([args]) => ledger(args)));
      cases.forEach(([args, message], i) => {
        expect({ args, code: results[i].code }).toEqual({ args, code: 4 });
        expect(oneLine(results[i].stderr)).toContain(message);
      });
    },
    CLI_TIMEOUT,
  );

  it(
    'creating under a pseudo-filesystem fails at once, exit 6; reading there is "no ledger", exit 3',
    async () => {
      const serve = await ledger(['serve', '--port', '0', '--db', '/proc/no-such-ledger/ledger.db']);
      expect(serve.code).toBe(6);
      expect(oneLine(serve.stderr)).toMatch(
        /^ledger: cannot create the ledger's folder \/proc\/no-such-ledger: /,
      );
      const sys = await ledger([
        'import',
        input,
        '--authority',
        'E06000059',
        '--db',
        '/sys/no/such/ledger.db',
      ]);
      expect(sys.code).toBe(6);
      expect(oneLine(sys.stderr)).toContain("cannot create the ledger's folder /sys/no");
      const status = await ledger(['status', '--db', '/proc/no-such-ledger/ledger.db']);
      expect(status.code).toBe(3);
    },
    CLI_TIMEOUT,
  );

  describe("a read-only copy (an auditor's)", () => {
    const plain = join(tmp.dir, 'read-only-plain');
    const withWal = join(tmp.dir, 'read-only-wal');
    let expected: { events: number; streams: number };

    beforeAll(async () => {
      expected = JSON.parse((await ledger(['status', '--json', '--db', ledgerFile])).stdout);
      // A checkpointed copy: the file alone.
      mkdirSync(plain);
      copyFileSync(ledgerFile, join(plain, 'ledger.db'));
      // A copy taken while a writer had committed appends still in the -wal file.
      mkdirSync(withWal);
      const writer = new Database(ledgerFile);
      writer.pragma('wal_autocheckpoint = 0');
      writer.exec(
        `INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata, recorded_at)
         VALUES ('wal-only-event', 'probe-1', 0, 'Probe', '{}', '{}', '2025-01-01T00:00:00.000Z');
         INSERT INTO streams (stream_name, revision, position) VALUES ('probe-1', 0, last_insert_rowid());`,
      );
      copyFileSync(ledgerFile, join(withWal, 'ledger.db'));
      copyFileSync(`${ledgerFile}-wal`, join(withWal, 'ledger.db-wal'));
      expect(statSync(join(withWal, 'ledger.db-wal')).size).toBeGreaterThan(0);
      writer.close();
      for (const dir of [plain, withWal]) {
        for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o444);
        chmodSync(dir, 0o555);
      }
    }, CLI_TIMEOUT);
    afterAll(() => {
      for (const dir of [plain, withWal]) chmodSync(dir, 0o755);
    });

    it(
      'read commands answer from a read-only file in a read-only folder, WAL or not, and leave it as it was',
      async () => {
        const before = readdirSync(plain);
        const a = await ledger(['status', '--json', '--db', join(plain, 'ledger.db')], unprivileged);
        expect(a.code).toBe(0);
        expect(JSON.parse(a.stdout)).toMatchObject(expected);
        expect(readdirSync(plain)).toEqual(before);

        const b = await ledger(['status', '--json', '--db', join(withWal, 'ledger.db')], unprivileged);
        expect(b.code).toBe(0);
        // The append still in the -wal file is seen.
        expect(JSON.parse(b.stdout)).toMatchObject({
          events: expected.events + 1,
          streams: expected.streams + 1,
        });

        const measures = await ledger(
          [
            'measures',
            '--from',
            '2023-04-01',
            '--to',
            '2024-03-31',
            '--json',
            '--db',
            join(plain, 'ledger.db'),
          ],
          unprivileged,
        );
        expect(measures.code).toBe(0);
        expect(JSON.parse(measures.stdout).window).toEqual({ from: '2023-04-01', to: '2024-03-31' });
      },
      CLI_TIMEOUT,
    );

    it(
      'commands that write refuse it in one line, exit 5',
      async () => {
        const writers = [['import', input, '--authority', 'E06000059'], ['demo'], ['serve', '--port', '0']];
        const results = await Promise.all(
          writers.map((args) => ledger([...args, '--db', join(plain, 'ledger.db')], unprivileged)),
        );
        writers.forEach((args, i) => {
          expect({ args, code: results[i].code }).toEqual({ args, code: 5 });
          expect(oneLine(results[i].stderr)).toContain(`ledger: ${join(plain, 'ledger.db')} is read-only`);
        });
      },
      CLI_TIMEOUT,
    );
  });

  it(
    'serve --read-only answers queries and refuses commands with 409 LEDGER.READ_ONLY, writing nothing',
    async () => {
      const file = join(tmp.dir, 'served.db');
      copyFileSync(ledgerFile, file);
      const size = statSync(file).size;
      const config = loadConfig({}, { db: file, port: 0, readOnly: true });
      const app = await createApi({ config, logLevels: ['error'] });
      await app.listen(0, '127.0.0.1');
      const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      try {
        const status = await call(url, 'GET', '/status');
        expect(status.status).toBe(200);
        expect(status.body.events).toBeGreaterThan(0);
        expect((await call(url, 'GET', '/measures?from=2023-04-01&to=2024-03-31')).status).toBe(200);
        const refused = await call(url, 'POST', '/children', { ...registration, childId: 'RO1' });
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({
          code: 'LEDGER.READ_ONLY',
          message: expect.stringContaining('read-only'),
        });
        expect((await call(url, 'GET', '/status')).body).toEqual(status.body);
      } finally {
        await app.close();
      }
      expect(statSync(file).size).toBe(size);
      const missing = await ledger(['serve', '--read-only', '--port', '0', '--db', join(tmp.dir, 'none.db')]);
      expect(missing.code).toBe(3);
      expect(existsSync(join(tmp.dir, 'none.db'))).toBe(false);
    },
    CLI_TIMEOUT,
  );
});
