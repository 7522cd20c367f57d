// The suppression list: addresses that get no marketing email and cannot be re-added by import,
// kept as keyed hashes only. Only the person's own confirmed sign-up lifts it.
import { getDb } from '../db/client';
import { suppressionKey } from '../email/unsubscribe-token';
import { env } from '../env';
import type { Tx } from './consent-records';

export type SuppressionReason = 'unsubscribed' | 'staff' | 'objection' | 'erasure';

const keyOf = (email: string) => suppressionKey(env.SUPPRESSION_SALT, email);

// Adds an address (keeping the first reason if it is already there).
export async function suppress(tx: Tx, email: string, reason: SuppressionReason): Promise<void> {
  await tx.suppression.createMany({ data: [{ emailHash: keyOf(email), reason }], skipDuplicates: true });
}

// Removes an address, when its owner has subscribed again and confirmed by email.
export async function liftSuppression(tx: Tx, email: string): Promise<void> {
  await tx.suppression.deleteMany({ where: { emailHash: keyOf(email) } });
}

// Which of these addresses are suppressed (as given), in one query.
export async function suppressedAmong(emails: string[], tx?: Tx): Promise<Set<string>> {
  if (!emails.length) return new Set();
  const db = tx ?? (await getDb());
  const keys = new Map(emails.map((e) => [keyOf(e), e]));
  const rows = await db.suppression.findMany({ where: { emailHash: { in: [...keys.keys()] } }, select: { emailHash: true } });
  return new Set(rows.map((r) => keys.get(r.emailHash)!));
}

// Whether one address is suppressed, and why.
export async function suppressionOf(email: string): Promise<{ reason: string; createdAt: Date } | null> {
  const db = await getDb();
  return db.suppression.findUnique({ where: { emailHash: keyOf(email) }, select: { reason: true, createdAt: true } });
}
