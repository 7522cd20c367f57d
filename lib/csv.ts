// CSV for spreadsheets, made safe to open: csv-stringify does the quoting, and any cell that a
// spreadsheet would run as a formula (starting =, +, -, @, tab or return) is prefixed with '. A
// spreadsheet may split on other separators than the comma (semicolon locales, tab or pipe imports),
// so a cell holding one is always quoted, and a formula character after one is defused too.
import { stringify } from 'csv-stringify/sync';

const FORMULA = /^[=+\-@\t\r]/;
const AFTER_SEPARATOR = /([,;\t|])(?=[=+\-@])/g;
const SEPARATORS = /[,;\t|\r\n]/;

// One cell, defused if it, or any part a spreadsheet might split it into, could be read as a formula.
export function safeCell(value: string | null | undefined): string {
  const text = (value ?? '').replace(AFTER_SEPARATOR, "$1'");
  return FORMULA.test(text) ? `'${text}` : text;
}

// Rows (header first, if wanted) as CSV text with CRLF line ends, as spreadsheets expect.
export function toCsv(rows: (string | null | undefined)[][]): string {
  return stringify(rows.map((r) => r.map(safeCell)), { record_delimiter: 'windows', quoted_match: SEPARATORS });
}
