import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one run measures, from the command line. */
export interface BenchOptions {
  /** `children` given to generateAuthority for the one authority: 770 gives ~3,000 children in ten returns. */
  readonly authorityChildren: number;
  /** Looked after on any day at national scale. */
  readonly nationalChildren: number;
  readonly skipNational: boolean;
  /** The episodes file of the big-file read, MB; 0 skips it. */
  readonly bigFileMb: number;
  /** Where the CSV files and SQLite files go: on disk, so that fsync costs what it costs. */
  readonly dir: string;
  /** Keep the files afterwards (to look at them). */
  readonly keep: boolean;
  readonly seed: number;
  /** Imports of the authority, each followed by the plain loop: the disk's fsync time varies, so medians. */
  readonly rounds: number;
}

const USAGE = `Usage: npm run bench:import -- [--skip-national] [--national-children N]
  [--big-file-mb N] [--rounds N] [--authority-children N] [--seed N] [--dir DIR] [--keep]`;

function positiveInteger(flag: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${flag} needs a whole number > 0\n${USAGE}`);
  return parsed;
}

/** Reads the flags; an unknown flag stops the run rather than measuring something else. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options = {
    authorityChildren: 770,
    nationalChildren: 80_000,
    skipNational: false,
    bigFileMb: 200,
    dir: '',
    keep: false,
    seed: 1,
    rounds: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--skip-national') options.skipNational = true;
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--national-children') options.nationalChildren = positiveInteger(flag, argv[++i]);
    else if (flag === '--authority-children') options.authorityChildren = positiveInteger(flag, argv[++i]);
    else if (flag === '--big-file-mb')
      options.bigFileMb = Number(argv[++i]) > 0 ? positiveInteger(flag, argv[i]) : 0;
    else if (flag === '--rounds') options.rounds = positiveInteger(flag, argv[++i]);
    else if (flag === '--seed') options.seed = positiveInteger(flag, argv[++i]);
    else if (flag === '--dir') options.dir = argv[++i] ?? '';
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${flag}\n${USAGE}`);
  }
  return { ...options, dir: mkdtempSync(join(options.dir || tmpdir(), 'ledger-import-bench-')) };
}
