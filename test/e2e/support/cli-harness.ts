import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { format, promisify } from 'node:util';
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

class ExitCalled extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

/**
 * Runs the real CLI's `main` inside the test's own process, for tests that check only what it
 * prints and the exit status it sets: no process to start, no modules to load again. What it
 * writes to the console, stdout and stderr is captured; `process.exit`, `process.exitCode` and
 * the environment are put back afterwards. Tests of the process itself (exit codes, signals,
 * `serve`) use `ledger`, which spawns it.
 */
/** Loads the CLI's modules into this process ahead of `ledgerInProcess` (a `beforeAll`'s work, not a test's). */
export async function loadCliInProcess(): Promise<void> {
  await import('../../../apps/cli/src/main');
}

/* eslint-disable no-console -- the CLI's console is what this captures, and puts back. */
export async function ledgerInProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  const invocation = cliInvocation(args);
  const { main } = await import('../../../apps/cli/src/main');
  const out: string[] = [];
  const err: string[] = [];
  const saved = {
    console: { log: console.log, info: console.info, warn: console.warn, error: console.error },
    // Usually inherited from the stream's prototype: putting back means removing our own.
    stdout: Object.getOwnPropertyDescriptor(process.stdout, 'write'),
    stderr: Object.getOwnPropertyDescriptor(process.stderr, 'write'),
    exit: process.exit.bind(process),
    exitCode: process.exitCode,
    env: { ...process.env },
  };
  const capture = (to: string[]) => (chunk: unknown) => (to.push(String(chunk)), true);
  console.log = console.info = (...parts: unknown[]) => out.push(`${format(...parts)}\n`);
  console.warn = console.error = (...parts: unknown[]) => err.push(`${format(...parts)}\n`);
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  process.exit = (code?: number) => {
    throw new ExitCalled(code ?? 0);
  };
  process.exitCode = undefined;
  Object.assign(process.env, invocation.env, env);
  let code: number;
  try {
    await main([process.execPath, 'ledger', ...invocation.args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof ExitCalled)) throw error;
    code = error.code;
  } finally {
    Object.assign(console, saved.console);
    for (const [stream, own] of [
      [process.stdout, saved.stdout],
      [process.stderr, saved.stderr],
    ] as const) {
      if (own) Object.defineProperty(stream, 'write', own);
      else delete (stream as { write?: unknown }).write;
    }
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
  return { stdout: out.join(''), stderr: err.join(''), code };
}
/* eslint-enable no-console */
