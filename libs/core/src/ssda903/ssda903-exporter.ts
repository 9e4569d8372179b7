import { type EventStore } from '@ledger/event-store';
import { type LedgerEventRecord } from '@ledger/projections';
import {
  childRecordsOfLedger,
  type CollectionYear,
  exportYear,
  type ChildRecords,
  writeReturn,
} from '@ledger/ssda903';
import { toLedgerEventRecord } from '../read-models/ledger-event-records';

export interface ExportSummary {
  readonly year: CollectionYear;
  readonly directory: string;
  readonly files: readonly string[];
  readonly rows: Readonly<Record<string, number>>;
}

/**
 * Writes a collection year's 903 CSVs from the ledger, whatever recorded the events (the
 * API or an import). Reads the log once, streaming, grouped by child.
 */
export async function exportReturn(
  store: EventStore,
  year: CollectionYear,
  directory: string,
  options: { derivedColumns?: boolean } = {},
): Promise<ExportSummary> {
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
  const tables = exportYear(year, children, { derivedColumns: options.derivedColumns ?? false });
  const files = await writeReturn(directory, year, tables);
  const rows = Object.fromEntries(Object.entries(tables).map(([table, t]) => [table, t.rows.length]));
  return { year, directory, files, rows };
}
