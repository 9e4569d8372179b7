import { stringify } from 'csv-stringify/sync';
import { type Response } from 'express';

/**
 * A table as CSV, header row first, CRLF line ends as the API's lists are written. Cells
 * that a spreadsheet would read as a formula (=, +, -, @, tab, CR) are escaped with a quote.
 */
export function tableCsv(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([headings, ...rows], { record_delimiter: '\r\n', escape_formulas: true });
}

/** Sends a CSV download; the file name is built from known words only. */
export function sendCsv(res: Response, fileName: string, csv: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '-')}"`);
  res.send(csv);
}
