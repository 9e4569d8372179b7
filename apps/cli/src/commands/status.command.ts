import { GetLedgerStatusQuery } from '@ledger/core';
import { type Command } from 'commander';
import { query } from '../core-context';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description("The ledger's global position and event and stream counts")
    .option('--db <file>', 'embedded store file')
    .option('--json', 'print JSON only')
    .action(async (options: { db?: string; json?: boolean }) => {
      const status = await query({ db: options.db, readOnly: true }, new GetLedgerStatusQuery());
      if (options.json) {
        console.log(JSON.stringify(status));
      } else {
        console.log(
          `position ${status.position ?? '(empty)'}\nevents   ${status.events}\nstreams  ${status.streams}`,
        );
      }
    });
}
