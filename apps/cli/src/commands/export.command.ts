import { type CheckpointTaken, ExportReturnCommand, TakeCheckpointCommand } from '@ledger/core';
import { isCollectionYear } from '@ledger/ssda903';
import { type Command, InvalidArgumentError } from 'commander';
import { command } from '../core-context';

async function exportCheckpoint(db: string | undefined): Promise<CheckpointTaken | undefined> {
  try {
    return await command({ db }, new TakeCheckpointCommand('export', process.env.USER ?? 'cli'));
  } catch (error) {
    console.error(`No checkpoint was taken for this export: ${(error as Error).message}`);
    return undefined;
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      "Write a collection year's 903 CSVs (header, episodes, uasc, ad1, placed_adoption, oc3) from the ledger",
    )
    .requiredOption('--year <year>', 'the collection year, e.g. 2023-24', (value: string) => {
      if (!isCollectionYear(value)) throw new InvalidArgumentError('expected a collection year like 2023-24');
      return value;
    })
    .requiredOption('--out <dir>', 'the folder to write into (created if needed)')
    .option(
      '--derived',
      'include the derived columns PL_DISTANCE, PL_LA and PL_LOCATION (the DfE derives them)',
    )
    .option('--no-derived', 'leave out the derived columns (the default)')
    .option('--strict', 'write nothing if the year fails any DfE rule (see `ledger validate`)')
    .option('--json', 'print the summary as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(
      async (options: {
        year: string;
        out: string;
        derived?: boolean;
        strict?: boolean;
        json?: boolean;
        db?: string;
      }) => {
        // The export only reads the ledger (a read-only copy exports too): its output is the files.
        const summary = await command(
          { db: options.db, readOnly: true },
          new ExportReturnCommand(options.year, options.out, {
            derivedColumns: options.derived === true,
            strict: options.strict === true,
          }),
        );
        // Every export is evidence of what the ledger held: a signed checkpoint goes with it. The
        // export itself only reads (a read-only copy exports too); the checkpoint is one append.
        const checkpoint = summary.refused ? undefined : await exportCheckpoint(options.db);
        const cp = checkpoint && { sequence: checkpoint.sequence, file: checkpoint.file };
        if (options.json)
          console.log(JSON.stringify({ ...summary, ...(cp ? { checkpoint: cp } : {}) }, null, 2));
        else if (summary.refused)
          console.log(
            `Wrote nothing: the ${summary.year} return fails ${summary.failures} DfE rule checks (--strict). ledger validate --year ${summary.year} lists them.`,
          );
        else {
          console.log(`Wrote the ${summary.year} return to ${summary.directory}:`);
          for (const [table, rows] of Object.entries(summary.rows))
            console.log(`  ${table.padEnd(16)} ${rows} rows`);
          console.log(
            summary.failures === 0
              ? 'It passes every DfE rule the ledger checks.'
              : `It fails ${summary.failures} DfE rule checks: ledger validate --year ${summary.year} lists them.`,
          );
          if (checkpoint)
            console.log(
              `Checkpoint ${checkpoint.sequence} at position ${checkpoint.position}: ${checkpoint.file}`,
            );
        }
        if (summary.refused) process.exitCode = 1;
      },
    );
}
