import { AuditService, EVENT_STORE, exportReturn } from '@ledger/core';
import { type EventStore } from '@ledger/event-store';
import { isCollectionYear } from '@ledger/ssda903';
import { type Command, InvalidArgumentError } from 'commander';
import { withCore } from '../core-context';

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
    .option('--no-derived', 'leave out the derived columns PL_DISTANCE, PL_LA and PL_LOCATION')
    .option('--json', 'print the summary as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (options: { year: string; out: string; derived: boolean; json?: boolean; db?: string }) => {
      const [summary, checkpoint] = await withCore({ db: options.db }, async (app) => {
        const written = await exportReturn(app.get<EventStore>(EVENT_STORE), options.year, options.out, {
          derivedColumns: options.derived,
        });
        // Every export is evidence of what the ledger held: a signed checkpoint goes with it.
        return [
          written,
          await app.get(AuditService).checkpoint('export', process.env.USER ?? 'cli'),
        ] as const;
      });
      if (options.json)
        console.log(
          JSON.stringify(
            { ...summary, checkpoint: { sequence: checkpoint.sequence, file: checkpoint.file } },
            null,
            2,
          ),
        );
      else {
        console.log(`Wrote the ${summary.year} return to ${summary.directory}:`);
        for (const [table, rows] of Object.entries(summary.rows))
          console.log(`  ${table.padEnd(16)} ${rows} rows`);
        console.log(
          `Checkpoint ${checkpoint.sequence} at position ${checkpoint.position}: ${checkpoint.file}`,
        );
      }
    });
}
