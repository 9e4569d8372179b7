import { CHILD_PAGE, type ChildList, ListChildrenQuery } from '@ledger/core';
import { isLocalDate, type LocalDate } from '@ledger/domain';
import { AGE_BANDS, type AgeBand } from '@ledger/projections';
import { type Command, InvalidArgumentError } from 'commander';
import { query } from '../core-context';

interface ChildrenOptions {
  limit?: number;
  cursor?: string;
  lookedAfterOn?: LocalDate;
  authority?: string;
  ageBand?: AgeBand;
  json?: boolean;
  db?: string;
}

const pageSize = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > CHILD_PAGE.max)
    throw new InvalidArgumentError(`expected a whole number from 1 to ${CHILD_PAGE.max}`);
  return n;
};
const day = (value: string): LocalDate => {
  if (!isLocalDate(value)) throw new InvalidArgumentError('expected a calendar date written YYYY-MM-DD');
  return value;
};
const ageBand = (value: string): AgeBand => {
  if (!(AGE_BANDS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`expected one of ${AGE_BANDS.join(', ')}`);
  return value as AgeBand;
};

/** The list as a person reads it: one child a line, then how to get the next page. */
function formatList(list: ChildList): string {
  const lines = [
    `${list.count} children${list.count > list.limit ? ` (${list.children.length} shown)` : ''}`,
  ];
  for (const c of list.children)
    lines.push(
      `  ${c.childId.padEnd(12)} ${String(c.events).padStart(5)} events  ${c.voids} voided  last ${c.lastRecordedAt}`,
    );
  if (list.nextCursor) lines.push(`Next page: --cursor ${list.nextCursor}`);
  return lines.join('\n');
}

export function registerChildren(program: Command): void {
  program
    .command('children')
    .description('The children in the ledger, a page at a time (as GET /children)')
    .option('--limit <n>', `children per page, 1-${CHILD_PAGE.max} (default ${CHILD_PAGE.default})`, pageSize)
    .option('--cursor <cursor>', 'the next-page cursor the previous page printed')
    .option('--looked-after-on <date>', 'only children looked after on this day', day)
    .option('--authority <code>', 'only children of this responsible authority')
    .option(
      '--age-band <band>',
      `only children in this age band (${AGE_BANDS.join(', ')}) on --looked-after-on, else today`,
      ageBand,
    )
    .option('--json', 'print exactly the JSON GET /children answers')
    .option('--db <file>', 'embedded store file')
    .action(async (options: ChildrenOptions) => {
      const list = await query(
        { db: options.db, readOnly: true },
        new ListChildrenQuery({
          limit: options.limit,
          cursor: options.cursor,
          lookedAfterOn: options.lookedAfterOn,
          responsibleAuthority: options.authority,
          ageBand: options.ageBand,
        }),
      );
      console.log(options.json ? JSON.stringify(list) : formatList(list));
    });
}
