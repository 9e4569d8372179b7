import { TakeCheckpointCommand } from '@ledger/core';
import { writeFileSync } from 'node:fs';
import { type Command } from 'commander';
import { command } from '../core-context';

export function registerCheckpoint(program: Command): void {
  program
    .command('checkpoint')
    .description(
      'Take a signed checkpoint of the whole log now; print its note (keep a copy outside the ledger)',
    )
    .option('--out <file>', 'also write the note to this file')
    .option('--recorded-by <who>', 'who takes it', process.env.USER ?? 'cli')
    .option('--json', 'print the checkpoint as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (options: { out?: string; recordedBy: string; json?: boolean; db?: string }) => {
      const taken = await command(
        { db: options.db },
        new TakeCheckpointCommand('on-demand', options.recordedBy),
      );
      if (options.out) writeFileSync(options.out, taken.note);
      if (options.json) console.log(JSON.stringify(taken, null, 2));
      else process.stdout.write(taken.note);
    });
}
