import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerAnnexA } from './commands/annex-a.command';
import { registerChildren } from './commands/children.command';
import { registerDemo } from './commands/demo.command';
import { registerExport } from './commands/export.command';
import { registerForecast } from './commands/forecast.command';
import { registerImport } from './commands/import.command';
import { registerMeasures } from './commands/measures.command';
import { registerServe } from './commands/serve.command';
import { registerStatus } from './commands/status.command';
import { registerAudit } from './audit/register-audit';
import { registerValidate } from './commands/validate.command';
import { EXIT, exitCodeOf, messageOf } from './exit-codes';

/** `ledger <command>`: the command line, a thin shell over the same core as the API. */
export function buildProgram(): Command {
  const program = new Command('ledger')
    .description('Placement Ledger: the care journey of every child, as events')
    .exitOverride();
  registerServe(program);
  registerStatus(program);
  registerMeasures(program);
  registerImport(program);
  registerExport(program);
  registerDemo(program);
  registerAnnexA(program);
  registerForecast(program);
  registerChildren(program);
  registerAudit(program);
  registerValidate(program);
  return program;
}

/** Runs the CLI on `argv` (`[node, script, ...args]`): the exit status is left in `process.exitCode`. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message; a usage error is a bad option.
      process.exitCode = error.exitCode === 0 ? EXIT.OK : EXIT.BAD_SETTING;
      return;
    }
    console.error(`ledger: ${messageOf(error)}`);
    process.exitCode = exitCodeOf(error);
  }
}

// Run when started as a program; the end-to-end suite also runs `main` in its own process.
if (require.main === module) void main(process.argv);
