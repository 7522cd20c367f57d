// Server-side staff sessions: a row per signed-in browser, found by the sha256 of the cookie's
// token. Idle sessions end after 12 hours and every session after 7 days; deleting rows signs out.
// A session records how it was opened: for an account with a second factor, a password alone opens
// only the second step of signing in, for ten minutes.
import { secondFactorRequired } from './security-settings';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import type { AuthMethod, StaffRole } from '../../generated/prisma/enums';
import { hashToken } from '../../security/tokens';

export const IDLE_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// Recording activity at most once a minute keeps most requests read-only.
const TOUCH_MS = 60 * 1000;
/** How long the second step of signing in may wait after the password. */
export const SECOND_STEP_MS = 10 * 60 * 1000;

export type StaffIdentity = { id: string; email: string; name: string; role: StaffRole };
export type ValidSession = {
  sessionId: string;
  expiresAt: Date;
  user: StaffIdentity;
  methods: AuthMethod[];
  /** The password was right, but the account has a second factor this browser has not yet passed. */
  secondFactorDue: boolean;
  /** Every account must have a second factor, and this one has none yet: it may only add one. */
  secondFactorMissing: boolean;
};
type Fingerprint = { ipHash: string | null; uaHash: string | null };

const expiryFrom = (createdAt: Date, now: Date) =>
  new Date(Math.min(createdAt.getTime() + ABSOLUTE_MS, now.getTime() + IDLE_MS));
const FACTOR_FIELDS = { totpEnabledAt: true, _count: { select: { passkeys: true } } } as const;
const USER_FIELDS = { id: true, email: true, name: true, role: true, active: true, ...FACTOR_FIELDS } as const;
type Factors = { totpEnabledAt: Date | null; _count: { passkeys: number } };

const hasSecondFactor = (user: Factors) => user.totpEnabledAt !== null || user._count.passkeys > 0;

// Whether a session opened by `methods` still owes the account's second factor.
const owesSecondFactor = (user: Factors, methods: AuthMethod[]) =>
  hasSecondFactor(user) && !methods.some((m) => m !== 'PASSWORD');

// Opens a session for a user who has just proved who they are by `methods` (a password alone, for an
// account with a second factor, opens the second step only, and only for SECOND_STEP_MS).
export async function createStaffSession(
  token: string,
  userId: string,
  fingerprint: Fingerprint,
  methods: AuthMethod[] = ['PASSWORD'],
  now = new Date(),
) {
  const db = await getDb();
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: userId }, select: FACTOR_FIELDS });
  const due = owesSecondFactor(user, methods);
  const expiresAt = due ? new Date(now.getTime() + SECOND_STEP_MS) : expiryFrom(now, now);
  const session = await db.staffSession.create({
    data: { id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt, methods, ...fingerprint },
    select: { id: true, expiresAt: true },
  });
  return { ...session, secondFactorDue: due };
}

// The session and its (active) user for a cookie's token; expired sessions are deleted on sight.
export async function validateStaffSession(token: string, now = new Date()): Promise<ValidSession | null> {
  const db = await getDb();
  const id = hashToken(token);
  const row = await db.staffSession.findUnique({
    where: { id },
    include: { user: { select: USER_FIELDS } },
  });
  if (!row) return null;
  if (row.expiresAt <= now || !row.user.active) {
    await db.staffSession.deleteMany({ where: { id } });
    return null;
  }
  const secondFactorDue = owesSecondFactor(row.user, row.methods);
  let expiresAt = row.expiresAt;
  // Use keeps a full session alive; the second step's window does not move.
  if (!secondFactorDue && now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) {
    expiresAt = expiryFrom(row.createdAt, now);
    await db.staffSession.updateMany({ where: { id }, data: { lastSeenAt: now, expiresAt } });
  }
  const secondFactorMissing = !hasSecondFactor(row.user) && (await secondFactorRequired());
  const { active: _active, totpEnabledAt: _totp, _count, ...user } = row.user;
  return { sessionId: id, expiresAt, user, methods: row.methods, secondFactorDue, secondFactorMissing };
}

// Signs one browser out.
export async function deleteStaffSession(sessionId: string): Promise<void> {
  await (await getDb()).staffSession.deleteMany({ where: { id: sessionId } });
}

// Signs a person out everywhere (after a password change, on request, or when an admin says so).
export async function deleteAllStaffSessions(userId: string): Promise<number> {
  return (await (await getDb()).staffSession.deleteMany({ where: { userId } })).count;
}

// A second factor was just added in session `keepId`: the account's other sessions end (they passed
// only what was asked before), and this one counts as having passed `method`.
export async function keepOnlySession(tx: Tx, userId: string, keepId: string, method: AuthMethod): Promise<void> {
  await tx.staffSession.deleteMany({ where: { userId, id: { not: keepId } } });
  await tx.staffSession.update({ where: { id: keepId }, data: { methods: { push: method } } });
}
