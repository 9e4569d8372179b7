import { IMPORTED_TABLES } from '../formats/table-columns';
import type { CollectionYear } from '../formats/collection-year';
import type { ExportedReturn } from '../export/export-year';
import { ADOPTION_RULES, CARE_LEAVER_RULES } from './adoption-and-leaver-rules';
import type { CheckedReturn, CheckedRow, DfeRule, RowRef } from './dfe-rule';
import { EPISODE_RULES } from './episode-rules';
import { HEADER_RULES } from './header-rules';
import { cell } from './values';

/** Every DfE rule the ledger checks, in code order within each table group. */
export const DFE_RULES: readonly DfeRule[] = [
  ...HEADER_RULES,
  ...EPISODE_RULES,
  ...ADOPTION_RULES,
  ...CARE_LEAVER_RULES,
];

/** One failure: which rule, the DfE message, the child, table and field, and where to correct it. */
export interface ValidationFailure {
  readonly rule: string;
  readonly message: string;
  readonly childId: string;
  readonly table: string;
  readonly field: string;
  /** The ledger event to correct (void and record again), when the row came from the ledger. */
  readonly eventId?: string;
  readonly file?: string;
  readonly line?: number;
}

export interface ValidationReport {
  readonly year: CollectionYear;
  /** Every rule checked, whether or not it failed. */
  readonly rules: readonly { readonly code: string; readonly message: string }[];
  readonly failures: readonly ValidationFailure[];
}

const END_FIELDS = new Set(['DEC', 'REC']);

/** Runs every rule over a year's return; failures in rule order, then table order. */
export function validateReturn(ret: CheckedReturn, rules: readonly DfeRule[] = DFE_RULES): ValidationReport {
  const failures: ValidationFailure[] = [];
  for (const rule of rules)
    for (const hit of rule.check(ret)) {
      const ref = hit.row.ref;
      const eventId = (END_FIELDS.has(hit.field) ? ref?.endEventId : undefined) ?? ref?.eventId;
      failures.push({
        rule: rule.code,
        message: rule.message,
        childId: cell(hit.row, 'CHILD'),
        table: hit.table,
        field: hit.field,
        ...(eventId ? { eventId } : {}),
        ...(ref?.file ? { file: ref.file, line: ref.line } : {}),
      });
    }
  return { year: ret.year, rules: rules.map(({ code, message }) => ({ code, message })), failures };
}

/** The rows of an export as the rules read them, each with the events behind it. */
export function checkedReturnOfExport(year: CollectionYear, exported: ExportedReturn): CheckedReturn {
  const tables = Object.fromEntries(
    IMPORTED_TABLES.map((t) => [
      t,
      exported[t].rows.map((values, i): CheckedRow => {
        const ref: RowRef | undefined = exported[t].refs?.[i];
        return ref ? { values, ref } : { values };
      }),
    ]),
  ) as unknown as CheckedReturn['tables'];
  return { year, tables };
}
