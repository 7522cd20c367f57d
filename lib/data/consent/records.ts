// The consent ledger: append a decision, read a visitor's history, verify the chain.
import { randomBytes } from 'node:crypto';
import { type ChainCursor, type ChainedContent, linkHash, sealContent, verifyChain } from '../../consent/chain';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import type { ConsentRecord } from '../../generated/prisma/client';
import type { ConsentKind } from '../../generated/prisma/enums';

export type NewConsentRecord = Omit<ChainedContent, 'kind' | 'createdAt' | 'email' | 'wording' | 'wordingHash'> &
  Partial<Pick<ChainedContent, 'email' | 'wording' | 'wordingHash'>> & { kind: ConsentKind };

// Any constant shared by every instance: appends take this lock so the chain never forks.
const LEDGER_LOCK = 7_041_991;

// Appends one decision, chained to the last record, holding the ledger lock until the transaction
// ends. Pass `tx` to append as part of a larger write (a form and its marketing consent).
export async function appendConsentRecord(input: NewConsentRecord, tx?: Tx): Promise<ConsentRecord> {
  if (!tx) return (await getDb()).$transaction((t) => appendConsentRecord(input, t));
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LEDGER_LOCK})`;
  const last = await tx.consentRecord.findFirst({ orderBy: { id: 'desc' }, select: { hash: true } });
  const content = {
    email: null,
    wording: null,
    wordingHash: null,
    ...input,
    categories: [...input.categories],
    createdAt: new Date(),
  };
  const seal = sealContent(content, randomBytes(16).toString('hex'));
  const prevHash = last?.hash ?? null;
  return tx.consentRecord.create({ data: { ...content, ...seal, prevHash, hash: linkHash(prevHash, seal.digest) } });
}

// A visitor's own decisions, newest first, for the cookie settings page.
export async function listConsentHistory(consentId: string, take = 50) {
  const db = await getDb();
  return db.consentRecord.findMany({
    where: { consentId, kind: 'COOKIES' },
    orderBy: { id: 'desc' },
    take,
    select: { id: true, action: true, categories: true, source: true, policyVersion: true, createdAt: true },
  });
}

// Re-derives every hash in the ledger, a page at a time, and reports the first broken record.
export async function verifyConsentLedger(pageSize = 1_000) {
  const db = await getDb();
  let cursor: ChainCursor = { checked: 0, lastHash: null };
  let afterId: bigint | undefined;
  for (;;) {
    const rows = await db.consentRecord.findMany({
      where: afterId === undefined ? {} : { id: { gt: afterId } },
      orderBy: { id: 'asc' },
      take: pageSize,
    });
    const verdict = verifyChain(rows, cursor);
    if (!verdict.ok || rows.length < pageSize) return verdict;
    cursor = verdict;
    afterId = rows.at(-1)?.id;
  }
}
