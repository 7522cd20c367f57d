// Data-rights requests in the back office: the queue with its deadlines, one request with its log,
// and the steps that do not change the person's data (extend the deadline, refuse, close).
import { correctionsColumn } from '../json-columns';
import { logPrivacyEvent } from './events';
import { privacyRequestEmails } from './request-emails';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import type { Prisma, PrivacyRequest } from '../../generated/prisma/client';
import type { PrivacyRequestKind, PrivacyRequestStatus } from '../../generated/prisma/enums';
import { extendedDueDate } from '../../privacy/deadline';

export type PrivacyFilter = {
  status?: PrivacyRequestStatus;
  kind?: PrivacyRequestKind;
  q?: string;
  page: number;
  pageSize: number;
};

/** The deadline that applies now: the extended one if there is one. */
export const deadlineOf = (r: { dueAt: Date | null; extendedDueAt: Date | null }) => r.extendedDueAt ?? r.dueAt;

// One page of requests: open ones first, soonest deadline first; then the rest, newest first.
export async function listPrivacyRequests(f: PrivacyFilter) {
  const db = await getDb();
  const where: Prisma.PrivacyRequestWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.q
      ? {
          OR: [
            { reference: { contains: f.q, mode: 'insensitive' } },
            { email: { contains: f.q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.privacyRequest.findMany({
      where,
      orderBy: [{ status: 'asc' }, { dueAt: 'asc' }, { createdAt: 'desc' }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
      select: {
        id: true,
        reference: true,
        kind: true,
        status: true,
        email: true,
        name: true,
        createdAt: true,
        dueAt: true,
        extendedDueAt: true,
      },
    }),
    db.privacyRequest.count({ where }),
  ]);
  return { rows, total };
}

// One request with its whole log, oldest first; null if there is none.
export async function getPrivacyRequest(id: string) {
  const db = await getDb();
  const request = await db.privacyRequest.findUnique({
    where: { id },
    include: { events: { orderBy: { id: 'asc' } } },
    omit: { exportData: true },
  });
  return request && { ...request, corrections: correctionsColumn.parse(request.corrections) };
}

// Open requests whose deadline has passed, or is within `soonDays`, for the dashboard.
export async function privacyDeadlines(now = new Date(), soonDays = 7) {
  const db = await getDb();
  const soon = new Date(now.getTime() + soonDays * 86_400_000);
  const open = await db.privacyRequest.findMany({
    where: { status: 'OPEN', OR: [{ extendedDueAt: { lte: soon } }, { extendedDueAt: null, dueAt: { lte: soon } }] },
    select: { id: true, reference: true, kind: true, dueAt: true, extendedDueAt: true },
  });
  const withDue = open.map((r) => ({ ...r, due: deadlineOf(r)! })).sort((a, b) => a.due.getTime() - b.due.getTime());
  return {
    overdue: withDue.filter((r) => r.due < now),
    dueSoon: withDue.filter((r) => r.due >= now),
    open: await db.privacyRequest.count({ where: { status: 'OPEN' } }),
  };
}

export type StepOutcome = 'done' | 'not-open' | 'already-extended';

// Runs a staff step on a request that is still OPEN, in one transaction with its log entry.
export async function withOpenRequest<T extends StepOutcome>(
  id: string,
  step: (tx: Tx, row: PrivacyRequest) => Promise<T | void>,
): Promise<StepOutcome> {
  return (await getDb()).$transaction(async (tx) => {
    const row = await tx.privacyRequest.findUnique({ where: { id } });
    if (!row || row.status !== 'OPEN') return 'not-open';
    return (await step(tx, row)) ?? 'done';
  });
}

// Extends the deadline by two months, once, with the reason recorded and sent to the person.
export function extendDeadline(id: string, reason: string, actor: string) {
  return withOpenRequest(id, async (tx, row) => {
    if (row.extendedDueAt || !row.verifiedAt) return 'already-extended';
    const extendedDueAt = extendedDueDate(row.verifiedAt);
    await tx.privacyRequest.update({
      where: { id },
      data: { extendedDueAt, extensionReason: reason, remindedAt: null, overdueNoticeAt: null },
    });
    await logPrivacyEvent(tx, id, 'extended', actor, { to: extendedDueAt.toISOString(), reason });
    await privacyRequestEmails(tx, row).extended(extendedDueAt, reason);
  });
}

// Declines a request (e.g. the data is needed for a legal claim), telling the person why.
export function refuseRequest(id: string, reason: string, actor: string, now = new Date()) {
  return withOpenRequest(id, async (tx, row) => {
    await tx.privacyRequest.update({
      where: { id },
      data: { status: 'REFUSED', completedAt: now, completedBy: actor, outcome: reason },
    });
    await logPrivacyEvent(tx, id, 'refused', actor, { reason });
    await privacyRequestEmails(tx, row).refused(reason);
  });
}
