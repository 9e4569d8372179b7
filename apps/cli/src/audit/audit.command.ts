import { GetAuditTrailQuery, trailCsv } from '@ledger/core';
import { type Command, InvalidArgumentError } from 'commander';
import { query } from '../core-context';

const instant = (value: string) => {
  if (Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new InvalidArgumentError('expected an ISO instant');
  return value;
};
const position = (value: string) => {
  if (!/^\d{1,18}$/.test(value)) throw new InvalidArgumentError('expected a log position');
  return BigInt(value);
};
const limit = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new InvalidArgumentError('expected a whole number from 1');
  return n;
};

interface AuditOptions {
  recordedFrom?: string;
  recordedTo?: string;
  recordedBy?: string;
  child?: string;
  source?: string;
  type?: string;
  import?: string;
  after?: bigint;
  limit: number;
  csv?: boolean;
  json?: boolean;
  db?: string;
}

export function registerAuditTrail(program: Command): void {
  program
    .command('audit')
    .description(
      'The trail by recorded time: every event as the ledger learned it, who, from where, in words',
    )
    .option('--recorded-from <instant>', 'recorded at or after', instant)
    .option('--recorded-to <instant>', 'recorded at or before', instant)
    .option('--recorded-by <who>', 'recorded by')
    .option('--child <id>', "only this child's events")
    .option('--source <source>', 'api, cli, import, demo or audit')
    .option('--type <type>', 'only events of this type')
    .option('--import <id>', 'only the events of this import')
    .option('--after <position>', 'start after this position (the `next` of a page)', position)
    .option('--limit <n>', 'entries per page', limit, 1000)
    .option('--csv', 'print CSV')
    .option('--json', 'print the page as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (o: AuditOptions) => {
      const page = await query(
        { db: o.db },
        new GetAuditTrailQuery({
          recordedFrom: o.recordedFrom,
          recordedTo: o.recordedTo,
          recordedBy: o.recordedBy,
          childId: o.child,
          source: o.source,
          type: o.type,
          importId: o.import,
          after: o.after,
          limit: o.limit,
        }),
      );
      if (o.json) console.log(JSON.stringify(page, null, 2));
      else if (o.csv) process.stdout.write(trailCsv(page.entries));
      else {
        for (const e of page.entries)
          console.log(
            `${e.position.padStart(7)}  ${e.recordedAt ?? '-'}  ${(e.recordedBy ?? '-').padEnd(12)} ${(e.source ?? '-').padEnd(6)} ${e.description}`,
          );
        if (page.next !== null) console.log(`(more: --after ${page.next})`);
      }
    });
}
