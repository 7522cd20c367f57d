// The consent ledger for staff: search its records, count cookie decisions per day, and keep the
// result of each chain verification (in the audit log, so every instance sees the same verdict).
import type { AuditActor } from '../audit';
import { recordAudit } from '../audit';
import { verifyConsentLedger } from './records';
import type { DecisionCount } from '../../consent/decision-series';
import { getDb } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import type { ConsentKind } from '../../generated/prisma/enums';

export type LedgerFilter = {
  q?: string;
  kind?: ConsentKind;
  action?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{6,64}$/i;

// One page of records, newest first. The search matches an email, a consent id or a hash prefix.
export async function listLedger({ q, kind, action, from, to, page, pageSize }: LedgerFilter) {
  const db = await getDb();
  const search: Prisma.ConsentRecordWhereInput[] = q
    ? [
        { email: { contains: q, mode: 'insensitive' } },
        ...(UUID.test(q) ? [{ consentId: q.toLowerCase() }] : []),
        ...(HEX.test(q) ? [{ hash: { startsWith: q.toLowerCase() } }] : []),
      ]
    : [];
  const where: Prisma.ConsentRecordWhereInput = {
    ...(kind ? { kind } : {}),
    ...(action ? { action } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
    ...(search.length ? { OR: search } : {}),
  };
  const [rows, total] = await Promise.all([
    db.consentRecord.findMany({ where, orderBy: { id: 'desc' }, skip: (page - 1) * pageSize, take: pageSize }),
    db.consentRecord.count({ where }),
  ]);
  return { rows, total };
}

// Cookie decisions per UK calendar day and action, from the start of `firstDay` (YYYY-MM-DD).
export async function countCookieDecisions(firstDay: string): Promise<DecisionCount[]> {
  const db = await getDb();
  // A day early, so the UK day's first hours (UTC+1 in summer) are inside; later days are dropped.
  const since = new Date(Date.parse(`${firstDay}T00:00:00Z`) - 24 * 60 * 60 * 1000);
  return db.$queryRaw<DecisionCount[]>(Prisma.sql`
    SELECT to_char(("createdAt" AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD') AS "day", "action", count(*)::int AS "count"
    FROM "ConsentRecord"
    WHERE "kind" = 'COOKIES'::"ConsentKind" AND "createdAt" >= ${since}
    GROUP BY 1, 2`);
}

export type LedgerVerification = {
  ok: boolean;
  checked: number;
  brokenAt: string | null;
  reason: string | null;
  at: Date;
  by: string;
};

const VERIFIED = 'consent-ledger-verified';

// Re-derives every hash now and files the verdict under the person who asked.
export async function verifyAndRecord(actor: AuditActor): Promise<LedgerVerification> {
  const verdict = await verifyConsentLedger();
  const result = {
    ok: verdict.ok,
    checked: verdict.checked,
    brokenAt: verdict.ok ? null : String(verdict.brokenAt),
    reason: verdict.ok ? null : verdict.reason,
  };
  await recordAudit(actor, { action: VERIFIED, detail: result });
  return { ...result, at: new Date(), by: actor.label };
}

// The latest verdict, and how many records were added after it (which it did not cover).
export async function lastVerification(): Promise<(LedgerVerification & { addedSince: number }) | null> {
  const db = await getDb();
  const event = await db.auditEvent.findFirst({ where: { action: VERIFIED }, orderBy: { id: 'desc' } });
  if (!event) return null;
  const d = event.detail as Partial<LedgerVerification>;
  const total = await db.consentRecord.count();
  const checked = Number(d.checked ?? 0);
  return {
    ok: d.ok === true,
    checked,
    brokenAt: d.brokenAt ?? null,
    reason: d.reason ?? null,
    at: event.createdAt,
    by: event.actor,
    addedSince: Math.max(0, total - checked),
  };
}
