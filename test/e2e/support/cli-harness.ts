import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compiledCli } from './compiled-cli';
import { cliInvocation } from './store-under-test';

export const ROOT = join(__dirname, '..', '..', '..');
/**
 * The real CLI, compiled once to JavaScript for the suite (see compiled-cli.ts): each process
 * starts without compiling the sources again.
 */
export const CLI = [compiledCli()];
/** The CLI as `npm run ledger` runs it, straight from the TypeScript sources. */
export const CLI_FROM_SOURCES = ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts')];
const run = promisify(execFile);

/** Runs the real `ledger` CLI in its own process (`entry`: the compiled CLI unless told). */
export async function ledger(
  args: string[],
  env: Record<string, string> = {},
  entry: readonly string[] = CLI,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const invocation = cliInvocation(args);
  try {
    const { stdout, stderr } = await run(process.execPath, [...entry, ...invocation.args], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...invocation.env, ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}
