// Feedback in the back office (review and approve testimonials) and withdrawal of a permission to
// publish, by the person from their emailed link or by staff on their behalf.
import { recordPublication } from './feedback';
import { getDb } from '../../db/client';
import type { FeedbackStatus } from '../../generated/prisma/enums';

// One page of feedback, newest first.
export async function listFeedback({
  status,
  page,
  pageSize,
}: {
  status?: FeedbackStatus;
  page: number;
  pageSize: number;
}) {
  const db = await getDb();
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.feedback.findMany({ where, orderBy: { createdAt: 'desc' }, skip: (page - 1) * pageSize, take: pageSize }),
    db.feedback.count({ where }),
  ]);
  return { rows, total };
}

export type ReviewOutcome = 'done' | 'unknown' | 'no-permission';

// Approves (publishes, if permission stands) or hides a piece of feedback.
export async function reviewFeedback(
  id: string,
  status: 'APPROVED' | 'HIDDEN',
  actor: string,
  now = new Date(),
): Promise<ReviewOutcome> {
  const db = await getDb();
  const row = await db.feedback.findUnique({
    where: { id },
    select: { permission: true, permissionWithdrawnAt: true },
  });
  if (!row) return 'unknown';
  if (status === 'APPROVED' && (row.permission === 'NONE' || row.permissionWithdrawnAt)) return 'no-permission';
  await db.feedback.update({ where: { id }, data: { status, reviewedAt: now, reviewedBy: actor } });
  return 'done';
}

export type WithdrawOutcome = 'withdrawn' | 'already' | 'unknown';

// Ends the permission: the testimonial leaves the site at once, and the withdrawal is recorded.
export async function withdrawPublication(id: string, source: string, now = new Date()): Promise<WithdrawOutcome> {
  return (await getDb()).$transaction(async (tx) => {
    const row = await tx.feedback.findUnique({ where: { id }, select: { email: true, permission: true } });
    if (!row) return 'unknown';
    const changed = await tx.feedback.updateMany({
      where: { id, permission: { not: 'NONE' }, permissionWithdrawnAt: null },
      data: { permissionWithdrawnAt: now },
    });
    if (changed.count === 0) return 'already';
    await recordPublication(tx, id, row.email, 'withdraw', source, row.permission);
    return 'withdrawn';
  });
}

// Whether a withdrawal link still has something to withdraw (the page shows its button only then).
export async function publicationState(id: string) {
  const db = await getDb();
  const row = await db.feedback.findUnique({
    where: { id },
    select: { permission: true, permissionWithdrawnAt: true, reference: true },
  });
  if (!row) return 'unknown' as const;
  return row.permission === 'NONE' || row.permissionWithdrawnAt ? ('withdrawn' as const) : ('granted' as const);
}
