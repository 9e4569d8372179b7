import { transformSync, version as swcVersion } from '@swc/core';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const BUILDS = join(ROOT, '.tmp', 'cli-build');
/** The `@ledger/*` names and their folders, as tsconfig.base.json maps them. */
const LIBRARIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['domain', 'event-store', 'projections', 'forecast', 'ssda903', 'core'].map((lib) => [
      lib,
      `libs/${lib}/src`,
    ]),
  ),
  // The API's public entry, which `ledger serve` loads.
  api: 'apps/api/src',
};
/** Files the ledger reads at run time beside its code. */
const ASSETS = ['libs/event-store/schema', 'apps/api/src/ui/views', 'apps/api/src/ui/static'];
/** Builds older than this, of sources since changed, are removed. */
const STALE_MS = 60 * 60 * 1000;

const isSource = (name: string) =>
  name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|esdb-spec)\.ts$/.test(name) && !name.endsWith('.d.ts');

function sourcesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...sourcesUnder(path));
    else if (isSource(entry.name)) found.push(path);
  }
  return found;
}

/** The sources of the CLI and everything it can load, and a hash of them (and of the compiler). */
function sourcesAndHash(): { sources: string[]; hash: string } {
  const sources = ['apps', 'libs'].flatMap(sourcesUnder).sort();
  const hash = createHash('sha256').update(swcVersion);
  for (const path of [...sources, ...ASSETS.flatMap((dir) => assetsIn(dir))]) {
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(ROOT, path)))
      .update('\0');
  }
  return { sources, hash: hash.digest('hex').slice(0, 16) };
}

const assetsIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir))
    .sort()
    .map((name) => `${dir}/${name}`);

/** `require("@ledger/core")` in a compiled file becomes a relative path to that library's index. */
function withLibraryPaths(code: string, outFile: string, out: string): string {
  return code.replace(/require\("@ledger\/([a-z0-9-]+)"\)/g, (whole, library: string) => {
    const folder = LIBRARIES[library];
    if (folder === undefined) return whole;
    const target = relative(dirname(outFile), join(out, folder, 'index.js'));
    return `require(${JSON.stringify(
      target
        .split(sep)
        .join('/')
        .replace(/^(?!\.)/, './'),
    )})`;
  });
}

function compile(sources: readonly string[], out: string): void {
  for (const path of sources) {
    const outFile = join(out, path.replace(/\.ts$/, '.js'));
    const { code } = transformSync(readFileSync(join(ROOT, path), 'utf8'), {
      filename: path,
      swcrc: false,
      configFile: false,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    });
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, withLibraryPaths(code, outFile, out));
  }
  for (const dir of ASSETS) {
    mkdirSync(join(out, dir), { recursive: true });
    for (const asset of assetsIn(dir)) copyFileSync(join(ROOT, asset), join(out, asset));
  }
}

function removeStaleBuilds(keep: string): void {
  for (const name of existsSync(BUILDS) ? readdirSync(BUILDS) : []) {
    const path = join(BUILDS, name);
    if (path !== keep && Date.now() - statSync(path).mtimeMs > STALE_MS) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

/**
 * The CLI compiled once to JavaScript (`.tmp/cli-build/<hash of the sources>/`), so the
 * end-to-end suite spawns `node main.js` instead of compiling every file again through
 * `@swc-node/register` in each process. Built when missing (by the e2e global setup, or by
 * the first test that needs it); a build of other sources is never reused. Several Jest
 * workers may build at once: each writes its own folder and renames it into place.
 * @returns the path of the compiled `apps/cli/src/main.js`.
 */
export function compiledCli(): string {
  const { sources, hash } = sourcesAndHash();
  const out = join(BUILDS, hash);
  const main = join(out, 'apps', 'cli', 'src', 'main.js');
  if (existsSync(main)) return main;
  const partial = `${out}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  compile(sources, partial);
  try {
    renameSync(partial, out);
  } catch (error) {
    // Another worker renamed its build into place first: theirs is the same sources.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(main)) throw error;
  }
  removeStaleBuilds(out);
  return main;
}
