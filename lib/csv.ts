// CSV for spreadsheets, made safe to open: csv-stringify does the quoting, and any cell that a
// spreadsheet would run as a formula (starting =, +, -, @, tab or return) is prefixed with '.
import { stringify } from 'csv-stringify/sync';

const FORMULA = /^[=+\-@\t\r]/;

// One cell, defused if it could be read as a formula.
export function safeCell(value: string | null | undefined): string {
  const text = value ?? '';
  return FORMULA.test(text) ? `'${text}` : text;
}

// Rows (header first, if wanted) as CSV text with CRLF line ends, as spreadsheets expect.
export function toCsv(rows: (string | null | undefined)[][]): string {
  return stringify(rows.map((r) => r.map(safeCell)), { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
