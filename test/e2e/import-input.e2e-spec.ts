import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './support/api-harness';
import { ledger } from './support/cli-harness';
import { releaseStore, storeEnv } from './support/store-under-test';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPISODES =
  'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';
/** One child's episode, its placement postcode ending in É (0xC9 in Windows-1252). */
const episodeIn1252 = Buffer.concat([
  Buffer.from(`${EPISODES}C1,01/05/2023,S,C2,N1,U6,PR1,,,,DT1 1AB,DT2 2C`, 'latin1'),
  Buffer.from([0xc9]),
  Buffer.from(',SC123456\n', 'latin1'),
]);

/** Each test runs the CLI in several processes: on a busy machine each takes seconds. */
const CLI_TIMEOUT = 180_000;

/** Files that are not CSV 903 tables as they stand: each is refused with a reason naming where. */
describe('ledger import: the files themselves', () => {
  const tmp = tempDir();
  const db = join(tmp.dir, 'ledger.db');
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  };
  const status = async () => JSON.parse((await ledger(['status', '--json', '--db', db])).stdout);

  beforeAll(async () => {
    await storeEnv(db);
    write(join(tmp.dir, 'latin1', '2023-24', 'header.csv'), `${HEADER}C1,1,01/06/2015,WBRI,,,\n`);
    write(join(tmp.dir, 'latin1', '2023-24', 'episodes.csv'), episodeIn1252);
  });
  afterAll(async () => {
    await releaseStore(db);
    tmp.remove();
  });

  it(
    'bytes that are not UTF-8 are refused with file, line and column; --encoding windows-1252 reads them',
    async () => {
      const folder = join(tmp.dir, 'latin1');
      const refused = await ledger(['import', folder, '--authority', 'E06000059', '--db', db]);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain(
        `${join(folder, '2023-24', 'episodes.csv')}: line 2 column 47: byte 0xC9 is not UTF-8`,
      );
      expect(refused.stdout).toContain('--encoding windows-1252');
      const unknown = await ledger([
        'import',
        folder,
        '--authority',
        'E06000059',
        '--encoding',
        'utf-16',
        '--db',
        db,
      ]);
      expect(unknown.code).toBe(7); // a bad option
      expect(unknown.stderr).toContain('expected utf-8 or windows-1252');
      expect((await status()).events).toBe(0);

      const read = await ledger([
        'import',
        folder,
        '--authority',
        'E06000059',
        '--encoding',
        'windows-1252',
        '--json',
        '--db',
        db,
      ]);
      expect(read.code).toBe(0);
      expect(JSON.parse(read.stdout)).toMatchObject({ children: { imported: 1 }, fileErrors: [] });
      const out = join(tmp.dir, 'exported');
      expect((await ledger(['export', '--year', '2023-24', '--out', out, '--db', db])).code).toBe(0);
      const exported = readFileSync(join(out, 'SSDA903_2023-24_episodes.csv'), 'utf8');
      expect(exported).toContain('DT2 2CÉ');
      expect(exported).not.toContain('\uFFFD');
    },
    CLI_TIMEOUT,
  );

  it(
    'a binary file, an unclosed quote and a truncated file: each named with what is wrong; nothing written',
    async () => {
      const before = await status();
      const dir = join(tmp.dir, 'broken', '2023-24');
      write(join(dir, 'header.csv'), `${HEADER}C7,1,01/06/2015,WBRI,,,\n`);
      write(
        join(dir, 'episodes.png.csv'),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      );
      write(
        join(dir, 'uasc.csv'),
        'CHILD,SEX,DOB,DUC\nC7,1,01/06/2015,"01/01/2020\nC8,1,01/06/2015,01/01/2021\nC9,1,01/06/2015,\n',
      );
      write(join(dir, 'oc3.csv'), 'CHILD,SEX,DOB,IN_TOUCH,ACTIV,ACCOM\nC7,1,01/06/2015,YES,F2,S\nC8,1,01/0');
      const res = await ledger(['import', join(tmp.dir, 'broken'), '--authority', 'E06000059', '--db', db]);
      expect(res.code).toBe(2);
      expect(res.stdout).toContain(`${join(dir, 'episodes.png.csv')}: not a CSV file: it is a PNG image`);
      expect(res.stdout).not.toContain('PNG\r');
      expect(res.stdout).toContain(
        `${join(dir, 'uasc.csv')}: line 2 column 17: a quoted field opens here and is never closed`,
      );
      expect(res.stdout).toContain(
        `${join(dir, 'oc3.csv')}: the file looks truncated: its last line (3) stops after 3 of the header's 6 fields`,
      );
      expect(await status()).toEqual(before);
    },
    CLI_TIMEOUT,
  );

  it(
    'an empty folder or a missing path is refused, exit 2, and appends nothing (not even to the import log)',
    async () => {
      const before = await status();
      const empty = join(tmp.dir, 'empty');
      mkdirSync(empty);
      const a = await ledger(['import', empty, '--authority', 'E06000059', '--db', db]);
      expect(a.code).toBe(2);
      expect(a.stdout).toContain(`${empty}: no 903 file: the folder holds no .csv file`);
      const missing = join(tmp.dir, 'no-such-return.csv');
      const b = await ledger(['import', missing, '--authority', 'E06000059', '--json', '--db', db]);
      expect(b.code).toBe(2);
      expect(JSON.parse(b.stdout).fileErrors).toEqual([{ file: missing, reason: 'no such file or folder' }]);
      expect(await status()).toEqual(before);
    },
    CLI_TIMEOUT,
  );

  it(
    'with --errors FILE the summary says where the errors went',
    async () => {
      const dir = join(tmp.dir, 'bad-row', '2023-24');
      write(join(dir, 'header.csv'), `${HEADER}C5,1,31/02/2015,WBRI,,,\n`);
      write(
        join(dir, 'episodes.csv'),
        `${EPISODES}C5,01/05/2023,S,C2,N1,U6,PR1,,,,DT1 1AB,DT2 2CD,SC123456\n`,
      );
      const errors = join(tmp.dir, 'errors.csv');
      const res = await ledger([
        'import',
        join(tmp.dir, 'bad-row'),
        '--authority',
        'E06000059',
        '--errors',
        errors,
        '--db',
        db,
      ]);
      expect(res.code).toBe(1);
      expect(res.stdout).toContain(`Errors (1; all written to ${errors}):`);
      expect(res.stdout).not.toContain('--errors FILE');
      expect(readFileSync(errors, 'utf8')).toContain(',2,DOB,C5,date,');
    },
    CLI_TIMEOUT,
  );
});
