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
  return stringify(
    rows.map((r) => r.map(safeCell)),
    { record_delimiter: 'windows', quoted_match: SEPARATORS },
  );
}

// A CSV file streamed to the browser a batch at a time: `header` first, then each batch's rows; the
// row count goes in X-Row-Count so the page can show progress. Never cached.
export function csvDownload(
  header: string[],
  batches: AsyncIterator<(string | null | undefined)[][]>,
  filename: string,
  rowCount: number,
): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsv([header])));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(toCsv(next.value)));
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      'x-row-count': String(rowCount),
    },
  });
}
