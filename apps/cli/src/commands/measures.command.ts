import { GetMeasuresQuery, parseAsKnownAt } from '@ledger/core';
import { type AgeBand, type PlacementGroup } from '@ledger/projections';
import { type Command } from 'commander';
import { query } from '../core-context';
import { formatReport } from '../measures/format-report';

interface MeasuresOptions {
  from: string;
  to: string;
  asKnownAt?: string;
  placementGroup?: PlacementGroup;
  ageBand?: AgeBand;
  authority?: string;
  json?: boolean;
  db?: string;
}

export function registerMeasures(program: Command): void {
  program
    .command('measures')
    .description('The measures report for a window (docs/measures.md §9)')
    .requiredOption('--from <date>', 'first day of the window, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day of the window, YYYY-MM-DD')
    .option('--as-known-at <moment>', 'an ISO time or a global position: the report as known then')
    .option('--placement-group <group>', 'only children in this placement group on --to')
    .option('--age-band <band>', 'only children in this age band on --to (under1, 1-4, 5-9, 10-15, 16+)')
    .option('--authority <code>', 'only children of this responsible authority')
    .option('--json', 'print exactly the report JSON')
    .option('--db <file>', 'embedded store file')
    .action(async (options: MeasuresOptions) => {
      const report = await query(
        { db: options.db, readOnly: true },
        new GetMeasuresQuery({
          from: options.from,
          to: options.to,
          asKnownAt: parseAsKnownAt(options.asKnownAt),
          filters: {
            placementGroup: options.placementGroup,
            ageBand: options.ageBand,
            responsibleAuthority: options.authority,
          },
        }),
      );
      console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    });
}
