// The suppression list: addresses that get no marketing email and cannot be re-added by import,
// kept as keyed hashes only. Only the person's own confirmed sign-up lifts it.
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { suppressionKey } from '../../email/unsubscribe-token';
import { getSecrets } from '../site/secrets';

export type SuppressionReason = 'unsubscribed' | 'staff' | 'objection' | 'erasure';

const keyOf = async (email: string) => suppressionKey((await getSecrets()).suppressionSalt, email);

// Adds an address (keeping the first reason if it is already there).
export async function suppress(tx: Tx, email: string, reason: SuppressionReason): Promise<void> {
  await tx.suppression.createMany({ data: [{ emailHash: await keyOf(email), reason }], skipDuplicates: true });
}

// Removes an address, when its owner has subscribed again and confirmed by email.
export async function liftSuppression(tx: Tx, email: string): Promise<void> {
  await tx.suppression.deleteMany({ where: { emailHash: await keyOf(email) } });
}

// Which of these addresses are suppressed (as given), in one query.
export async function suppressedAmong(emails: string[], tx?: Tx): Promise<Set<string>> {
  if (!emails.length) return new Set();
  const db = tx ?? (await getDb());
  const salt = (await getSecrets()).suppressionSalt;
  const keys = new Map(emails.map((e) => [suppressionKey(salt, e), e]));
  const rows = await db.suppression.findMany({
    where: { emailHash: { in: [...keys.keys()] } },
    select: { emailHash: true },
  });
  return new Set(rows.map((r) => keys.get(r.emailHash)!));
}

// Whether one address is suppressed, and why.
export async function suppressionOf(email: string): Promise<{ reason: string; createdAt: Date } | null> {
  const db = await getDb();
  return db.suppression.findUnique({
    where: { emailHash: await keyOf(email) },
    select: { reason: true, createdAt: true },
  });
}
