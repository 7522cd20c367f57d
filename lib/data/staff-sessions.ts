// Server-side staff sessions: a row per signed-in browser, found by the sha256 of the cookie's
// token. Idle sessions end after 12 hours and every session after 7 days; deleting rows signs out.
import { hashToken } from '../auth/tokens';
import { getDb } from '../db/client';
import type { StaffRole } from '../generated/prisma/enums';

export const IDLE_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Recording activity at most once a minute keeps most requests read-only.
const TOUCH_MS = 60 * 1000;

export type StaffIdentity = { id: string; email: string; name: string; role: StaffRole };
export type ValidSession = { sessionId: string; expiresAt: Date; user: StaffIdentity };

const expiryFrom = (createdAt: Date, now: Date) => new Date(Math.min(createdAt.getTime() + ABSOLUTE_MS, now.getTime() + IDLE_MS));

// Opens a session for a user who has just proved who they are.
export async function createStaffSession(token: string, userId: string, fingerprint: { ipHash: string | null; uaHash: string | null }, now = new Date()) {
  const db = await getDb();
  return db.staffSession.create({
    data: { id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt: expiryFrom(now, now), ...fingerprint },
    select: { id: true, expiresAt: true },
  });
}

// The session and its (active) user for a cookie's token; expired sessions are deleted on sight.
export async function validateStaffSession(token: string, now = new Date()): Promise<ValidSession | null> {
  const db = await getDb();
  const id = hashToken(token);
  const row = await db.staffSession.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!row) return null;
  if (row.expiresAt <= now || !row.user.active) {
    await db.staffSession.deleteMany({ where: { id } });
    return null;
  }
  let expiresAt = row.expiresAt;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) {
    expiresAt = expiryFrom(row.createdAt, now);
    await db.staffSession.updateMany({ where: { id }, data: { lastSeenAt: now, expiresAt } });
  }
  const { active: _active, ...user } = row.user;
  return { sessionId: id, expiresAt, user };
}

// Signs one browser out.
export async function deleteStaffSession(sessionId: string): Promise<void> {
  await (await getDb()).staffSession.deleteMany({ where: { id: sessionId } });
}

// Signs a person out everywhere (after a password change, on request, or when an admin says so).
export async function deleteAllStaffSessions(userId: string): Promise<number> {
  return (await (await getDb()).staffSession.deleteMany({ where: { userId } })).count;
}
