import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

/** Runs files-import.child.ts in a fresh process and parses the JSON line it prints. */
export async function inChildProcess<T>(args: readonly string[]): Promise<T> {
  const { stdout } = await run(
    process.execPath,
    ['--max-old-space-size=8192', '-r', '@swc-node/register', 'bench/import/files-import.child.ts', ...args],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}
