import { type EventStore } from '@ledger/event-store';
import { type LedgerEventRecord } from '@ledger/projections';
import {
  checkedReturnOfExport,
  childRecordsOfLedger,
  validateReturn,
  type CollectionYear,
  exportYear,
  type ChildRecords,
  writeReturn,
} from '@ledger/ssda903';
import { toLedgerEventRecord } from '../read-models/ledger-event-records';

export interface ExportSummary {
  readonly year: CollectionYear;
  readonly directory: string;
  /** Empty when `strict` refused to write. */
  readonly files: readonly string[];
  readonly rows: Readonly<Record<string, number>>;
  /** DfE rules the year's tables fail (`ledger validate` lists them). */
  readonly failures: number;
  /** True when `strict` and failures stopped the files being written. */
  readonly refused: boolean;
}

/** Every child of the ledger as 903 records, read from the log once, streaming, grouped by child. */
export async function ledgerChildren(store: EventStore): Promise<ChildRecords[]> {
  const byChild = new Map<string, LedgerEventRecord[]>();
  for await (const recorded of store.readAll()) {
    const record = toLedgerEventRecord(recorded);
    if (!record) continue;
    const records = byChild.get(record.streamName);
    if (records) records.push(record);
    else byChild.set(record.streamName, [record]);
  }
  const children: ChildRecords[] = [];
  for (const records of byChild.values()) {
    const child = childRecordsOfLedger(records);
    if (child) children.push(child);
  }
  return children;
}

/**
 * Writes a collection year's 903 CSVs from the ledger, whatever recorded the events (the
 * API or an import), after running the data-quality rules on them: `strict` refuses to write
 * a return that fails any.
 */
export async function exportReturn(
  store: EventStore,
  year: CollectionYear,
  directory: string,
  options: { derivedColumns?: boolean; strict?: boolean } = {},
): Promise<ExportSummary> {
  const children = await ledgerChildren(store);
  const tables = exportYear(year, children, { derivedColumns: options.derivedColumns ?? false });
  const failures = validateReturn(checkedReturnOfExport(year, tables)).failures.length;
  const refused = options.strict === true && failures > 0;
  const files = refused ? [] : await writeReturn(directory, year, tables);
  const rows = Object.fromEntries(Object.entries(tables).map(([table, t]) => [table, t.rows.length]));
  return { year, directory, files, rows, failures, refused };
}
