// The back office's audit log: who signed in, changed what, and viewed or exported whose data.
import { getDb } from '../db/client';
import type { Prisma } from '../generated/prisma/client';

export type AuditActor = { id: string | null; label: string };
export type AuditEntry = {
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown>;
  ipHash?: string | null;
};

// Appends one event; staff never edit or delete these from the site.
export async function recordAudit(actor: AuditActor, entry: AuditEntry): Promise<void> {
  const db = await getDb();
  await db.auditEvent.create({
    data: {
      actorId: actor.id,
      actor: actor.label,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: (entry.detail ?? {}) as Prisma.InputJsonObject,
      ipHash: entry.ipHash ?? null,
    },
  });
}

// A member of staff as the log names them: their id, and their email, kept if the account is removed.
export function staffActor(user: { id: string; email: string }): AuditActor {
  return { id: user.id, label: user.email };
}

// An event by a signed-in member of staff.
export function recordStaffAudit(user: { id: string; email: string }, entry: AuditEntry): Promise<void> {
  return recordAudit(staffActor(user), entry);
}

// One page of the log, newest first, optionally narrowed to an action or a person.
export async function listAuditEvents({
  page,
  pageSize,
  action,
  actor,
}: {
  page: number;
  pageSize: number;
  action?: string;
  actor?: string;
}) {
  const db = await getDb();
  const where: Prisma.AuditEventWhereInput = {
    ...(action ? { action } : {}),
    ...(actor ? { actor: { contains: actor, mode: 'insensitive' } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, skip: (page - 1) * pageSize, take: pageSize }),
    db.auditEvent.count({ where }),
  ]);
  return { rows, total };
}
