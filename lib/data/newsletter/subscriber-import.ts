// Imports a list of people who agreed to the newsletter elsewhere: each new address is invited to
// confirm by email (double opt-in, as for any sign-up). Addresses on the suppression list and active
// subscribers are left alone: an import never re-subscribes someone who unsubscribed.
import { randomUUID } from 'node:crypto';
import { requestSubscription } from './subscription';
import { suppressedAmong } from './suppression';
import { getDb } from '../../db/client';
import type { ImportRow } from '../../validations/subscriber-import';
import { newReference } from '../forms/submissions';

export type ImportResult = { invited: ImportRow[]; suppressed: ImportRow[]; active: ImportRow[] };

// `evidence` is what staff say about where these people agreed; it is kept as the consent's wording.
export async function importSubscribers(
  rows: ImportRow[],
  { evidence, by }: { evidence: string; by: string },
): Promise<ImportResult> {
  const db = await getDb();
  const emails = rows.map((r) => r.email);
  const suppressed = await suppressedAmong(emails);
  const active = new Set(
    (await db.subscriber.findMany({ where: { email: { in: emails }, status: 'ACTIVE' }, select: { email: true } })).map(
      (s) => s.email,
    ),
  );
  const result: ImportResult = { invited: [], suppressed: [], active: [] };
  const wording = `Added from a list by ${by}. Where they agreed: ${evidence}`;
  for (const row of rows) {
    if (suppressed.has(row.email)) result.suppressed.push(row);
    else if (active.has(row.email)) result.active.push(row);
    else {
      await db.$transaction((tx) =>
        requestSubscription(tx, {
          ...row,
          source: 'import',
          submissionKey: randomUUID(),
          reference: newReference('IMP'),
          wording,
        }),
      );
      result.invited.push(row);
    }
  }
  return result;
}
