// Newsletter subscribers for staff: the list, the consent evidence behind each one, and the export
// of the only people who may be emailed (ACTIVE: confirmed and not since unsubscribed).
import { getDb } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import type { SubscriberStatus } from '../../generated/prisma/enums';

export type SubscriberFilter = { q?: string; status?: SubscriberStatus; page: number; pageSize: number };

// One page of subscribers, newest first.
export async function listSubscribers({ q, status, page, pageSize }: SubscriberFilter) {
  const db = await getDb();
  const where: Prisma.SubscriberWhereInput = {
    ...(status ? { status } : {}),
    ...(q
      ? {
          OR: [
            { email: { contains: q, mode: 'insensitive' } },
            { name: { contains: q, mode: 'insensitive' } },
            { company: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.subscriber.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { email: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.subscriber.count({ where }),
  ]);
  return { rows, total };
}

// A subscriber with every marketing consent record for their address, oldest first.
export async function getSubscriberEvidence(id: string) {
  const db = await getDb();
  const subscriber = await db.subscriber.findUnique({ where: { id } });
  if (!subscriber) return null;
  const records = await db.consentRecord.findMany({
    where: { email: subscriber.email, kind: 'MARKETING' },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      action: true,
      source: true,
      policyVersion: true,
      wording: true,
      wordingHash: true,
      ipHash: true,
      createdAt: true,
      hash: true,
    },
  });
  return { subscriber, records };
}

export type ExportRow = { email: string; name: string | null; company: string | null; confirmedAt: Date | null };

// Active subscribers in pages of `batch`, so an export of any size streams in bounded memory.
export async function* activeSubscribers(batch = 500): AsyncGenerator<ExportRow[]> {
  const db = await getDb();
  let after: string | undefined;
  for (;;) {
    const rows = await db.subscriber.findMany({
      where: { status: 'ACTIVE', ...(after ? { email: { gt: after } } : {}) },
      orderBy: { email: 'asc' },
      take: batch,
      select: { email: true, name: true, company: true, confirmedAt: true },
    });
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    after = rows.at(-1)!.email;
  }
}

// How many people an export will contain.
export async function countActiveSubscribers(): Promise<number> {
  return (await getDb()).subscriber.count({ where: { status: 'ACTIVE' } });
}
