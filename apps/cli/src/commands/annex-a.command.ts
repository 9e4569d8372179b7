import { annexAListCsv, GetAnnexAListQuery, parseAsKnownAt } from '@ledger/core';
import { type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { query } from '../core-context';

export function registerAnnexA(program: Command): void {
  program
    .command('annex-a')
    .description(
      'An Ofsted ILACS Annex A list on a date (8 children in care, 9 care leavers, 10 adoption), as CSV',
    )
    .requiredOption('--list <n>', '8, 9 or 10')
    .requiredOption('--date <date>', 'the inspection date, YYYY-MM-DD')
    .option('--as-known-at <moment>', 'an ISO time or a global position')
    .option('--out <file>', 'write the CSV to a file (otherwise to standard output)')
    .option('--json', 'print { list, date, columns, rows } as JSON instead of CSV')
    .option('--db <file>', 'embedded store file')
    .action(
      async (options: {
        list: string;
        date: string;
        asKnownAt?: string;
        out?: string;
        json?: boolean;
        db?: string;
      }) => {
        const result = await query(
          { db: options.db, readOnly: true },
          new GetAnnexAListQuery(options.list, options.date, parseAsKnownAt(options.asKnownAt)),
        );
        const text = options.json ? JSON.stringify(result, null, 2) + '\n' : annexAListCsv(result);
        if (options.out) {
          await writeFile(options.out, text, 'utf8');
          console.log(
            `Wrote Annex A list ${result.list} on ${result.date}: ${result.rows.length} rows to ${options.out}`,
          );
        } else process.stdout.write(text);
      },
    );
}
