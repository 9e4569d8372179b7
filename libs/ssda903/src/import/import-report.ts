import { stringify } from 'csv-stringify/sync';
import type { FileError, RowError, RowErrorKind } from '../reading/return';

/** How a summary names each kind of row error. */
export const ROW_ERROR_KIND_LABELS: Readonly<Record<RowErrorKind, string>> = {
  format: "rows that do not split into the header's columns",
  missing: 'required values left blank',
  date: 'dates that cannot be read',
  code: 'unknown codes',
  value: 'values that cannot be read',
  duplicate: 'the same key twice in a return',
  rule: 'episode and 903 rules broken (no consistent timeline)',
  history: 'facts the imported returns cannot place (history older than the oldest return)',
  future: 'dates after today',
};

/**
 * The error report as CSV (`--errors FILE`): one line per refused file or bad value, then one
 * per data-quality finding (kind `finding`, the DfE rule in the reason).
 */
export function errorReportCsv(
  fileErrors: readonly FileError[],
  rowErrors: readonly RowError[],
  findings: readonly RowError[] = [],
): string {
  const rows = [
    ['file', 'line', 'column', 'child', 'kind', 'reason'],
    ...fileErrors.map((e) => [e.file, '', '', '', 'file', e.reason]),
    ...rowErrors.map((e) => [e.file, String(e.line), e.column ?? '', e.childId ?? '', e.kind, e.reason]),
    ...findings.map((e) => [e.file, String(e.line), e.column ?? '', e.childId ?? '', 'finding', e.reason]),
  ];
  return stringify(rows, { record_delimiter: '\r\n' });
}
