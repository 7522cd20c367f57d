// Importing a list of people who agreed elsewhere (at an event, on paper): one per line, as
// "email" or "email, name, company". Each is invited to confirm by email, never subscribed outright.
import { z } from 'zod';
import { email, longText } from './common';

export const IMPORT_MAX_LINES = 2_000;

export const subscriberImportSchema = z.object({
  list: longText('The list', 200_000).refine(
    (v) => v.split(/\r?\n/).filter((l) => l.trim()).length <= IMPORT_MAX_LINES,
    {
      message: `The list may have at most ${IMPORT_MAX_LINES.toLocaleString('en-GB')} lines; split it into several imports`,
    },
  ),
  evidence: longText('Where they agreed', 500),
});

export type ImportRow = { line: number; email: string; name: string | null; company: string | null };
export type ImportProblem = { line: number; text: string; problem: string };

// The list's rows, each address checked by the same rule as every form; blank lines are skipped.
export function parseImportList(list: string): { rows: ImportRow[]; problems: ImportProblem[] } {
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  list.split(/\r?\n/).forEach((raw, i) => {
    const text = raw.trim();
    if (!text) return;
    const [address = '', name = '', company = ''] = text.split(',').map((p) => p.trim());
    const parsed = email.safeParse(address);
    if (!parsed.success) return problems.push({ line: i + 1, text, problem: parsed.error.issues[0]!.message });
    if (seen.has(parsed.data))
      return problems.push({ line: i + 1, text, problem: 'This address is already earlier in the list' });
    seen.add(parsed.data);
    rows.push({
      line: i + 1,
      email: parsed.data,
      name: name.slice(0, 100) || null,
      company: company.slice(0, 100) || null,
    });
  });
  return { rows, problems };
}
