import { type EventStore } from '@ledger/event-store';
import {
  checkedReturnOfExport,
  exportYear,
  validateReturn,
  type CollectionYear,
  type ValidationReport,
} from '@ledger/ssda903';
import { stringify } from 'csv-stringify/sync';
import { ledgerChildren } from './ssda903-exporter';

/**
 * The ledger's data against the DfE's 903 rules for a year: the year's return as the export
 * would write it, each failure with its rule, child, table, field and the event to correct.
 */
export async function dataQualityReport(store: EventStore, year: CollectionYear): Promise<ValidationReport> {
  const children = await ledgerChildren(store);
  // The same tables `ledger export` writes, so both count the same failures.
  const tables = exportYear(year, children, { withRefs: true });
  const report = validateReturn(checkedReturnOfExport(year, tables));
  return {
    year: report.year,
    rules: report.rules,
    failures: report.failures.map(({ rule, message, childId, table, field, eventId }) => ({
      rule,
      message,
      childId,
      table,
      field,
      ...(eventId ? { eventId } : {}),
    })),
  };
}

/** The failures as CSV (`ledger validate --out`), through the same writer as the export's tables. */
export function dataQualityCsv(report: ValidationReport): string {
  const rows = [
    ['rule', 'message', 'child', 'table', 'field', 'event'],
    ...report.failures.map((f) => [f.rule, f.message, f.childId, f.table, f.field, f.eventId ?? '']),
  ];
  return stringify(rows, { record_delimiter: '\r\n' });
}
