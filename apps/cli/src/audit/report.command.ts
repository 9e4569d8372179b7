import { GetRestatementQuery, ListReportsQuery, type Restatement, SaveReportCommand } from '@ledger/core';
import { type AgeBand, type PlacementGroup } from '@ledger/projections';
import { type Command } from 'commander';
import { command, query } from '../core-context';

interface SaveOptions {
  name: string;
  from: string;
  to: string;
  placementGroup?: PlacementGroup;
  ageBand?: AgeBand;
  authority?: string;
  recordedBy: string;
  json?: boolean;
  db?: string;
}

function printRestatement(r: Restatement): void {
  console.log(
    `${r.name} (${r.window.from} to ${r.window.to}): as known at ${r.from.asKnownAt} against ${r.against.asKnownAt ?? 'now'}`,
  );
  if (r.changes.length === 0) console.log('Nothing has moved.');
  for (const c of r.changes) {
    console.log(
      `  ${c.field}: ${JSON.stringify(c.old)} -> ${JSON.stringify(c.new)} (${c.childCount} children, ${c.eventCount} events)`,
    );
    for (const child of c.children ?? [])
      for (const e of child.events)
        console.log(
          `      ${child.childId}  ${e.recordedAt ?? '-'}  ${e.recordedBy ?? '-'}  ${e.description}`,
        );
  }
}

export function registerReports(program: Command): void {
  const report = program.command('report').description('Reports as submitted');
  report
    .command('save')
    .description('Keep the measures report for a window as submitted, with a checkpoint')
    .requiredOption('--name <name>', 'what it is, e.g. "2023-24 return as submitted"')
    .requiredOption('--from <date>', 'first day of the window, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day of the window, YYYY-MM-DD')
    .option('--placement-group <group>', 'only children in this placement group on --to')
    .option('--age-band <band>', 'only children in this age band on --to')
    .option('--authority <code>', 'only children of this responsible authority')
    .option('--recorded-by <who>', 'who submits it', process.env.USER ?? 'cli')
    .option('--json', 'print the saved report (with its id) as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (o: SaveOptions) => {
      const saved = await command(
        { db: o.db },
        new SaveReportCommand(
          {
            name: o.name,
            from: o.from,
            to: o.to,
            filters: {
              placementGroup: o.placementGroup,
              ageBand: o.ageBand,
              responsibleAuthority: o.authority,
            },
          },
          o.recordedBy,
        ),
      );
      if (o.json) console.log(JSON.stringify(saved, null, 2));
      else
        console.log(
          `Saved report ${saved.id} "${saved.name}" at position ${saved.position} (checkpoint ${saved.checkpoint.sequence})`,
        );
    });
  report
    .command('list')
    .description('The reports kept as submitted')
    .option('--json', 'print JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (o: { json?: boolean; db?: string }) => {
      const list = await query({ db: o.db }, new ListReportsQuery());
      if (o.json) console.log(JSON.stringify(list, null, 2));
      else
        for (const r of list)
          console.log(`${r.id}  ${r.savedAt}  ${r.window.from}..${r.window.to}  ${r.name}`);
    });

  program
    .command('restatement')
    .description('What has moved in a saved report since it was submitted (or between two moments)')
    .argument('<report>', 'the saved report id')
    .option('--as-known-at <moment>', 'compare from this moment instead of as submitted')
    .option('--against <moment>', 'compare against this moment instead of now')
    .option('--json', 'print JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (id: string, o: { asKnownAt?: string; against?: string; json?: boolean; db?: string }) => {
      const r = await query(
        { db: o.db },
        new GetRestatementQuery(id, { asKnownAt: o.asKnownAt, against: o.against }, true),
      );
      if (o.json) console.log(JSON.stringify(r, null, 2));
      else printRestatement(r);
    });
}
