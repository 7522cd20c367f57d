// Staff accounts and their single-use setup links (the first admin's, and each invited colleague's).
import { getDb } from '../../db/client';
import { staffInvitationEmail } from '../../email/templates/staff-invitation';
import { env } from '../../env';
import type { StaffRole } from '../../generated/prisma/enums';
import { generateToken, hashToken, isWellFormedToken } from '../../security/tokens';
import { enqueueEmail } from '../email/outbox';

export const FIRST_ADMIN_TTL_MS = 24 * 60 * 60 * 1000;
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

export class StaffRuleError extends Error {}

// How many accounts exist: none means the site still needs its first admin.
export async function countStaff(): Promise<number> {
  return (await getDb()).staffUser.count();
}

// The account a sign-in names, with its hash, or null.
export async function findStaffForSignIn(email: string) {
  return (await getDb()).staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
}

// The account a passkey belongs to (no hash: a passkey signs in without the password).
export async function findStaffById(id: string) {
  return (await getDb()).staffUser.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
}

// A link for whoever sets up the first admin account; printed to the server log at start.
export async function createFirstAdminLink(now = new Date()): Promise<string> {
  const token = generateToken();
  await (
    await getDb()
  ).staffSetupToken.create({
    data: { tokenHash: hashToken(token), role: 'ADMIN', expiresAt: new Date(now.getTime() + FIRST_ADMIN_TTL_MS) },
  });
  return `${env.SITE_URL}/admin/setup?token=${token}`;
}

export type SetupLink =
  | { state: 'valid'; firstAdmin: boolean; email: string | null; name: string | null }
  | { state: 'used' | 'expired' | 'invalid' };

// What a setup link leads to, without using it.
export async function checkSetupLink(token: unknown, now = new Date()): Promise<SetupLink> {
  if (!isWellFormedToken(token)) return { state: 'invalid' };
  const row = await (
    await getDb()
  ).staffSetupToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { email: true, name: true } } },
  });
  if (!row) return { state: 'invalid' };
  if (row.usedAt) return { state: 'used' };
  if (row.expiresAt <= now) return { state: 'expired' };
  return { state: 'valid', firstAdmin: !row.userId, email: row.user?.email ?? null, name: row.user?.name ?? null };
}

type SetupInput = { name: string; email: string; passwordHash: string };

// Uses a setup link: sets the invited person's password, or creates the first admin (only while no
// account exists). Returns the account, or a reason the link cannot be used.
export async function completeSetup(token: string, input: SetupInput, now = new Date()) {
  if (!isWellFormedToken(token)) return { ok: false as const, reason: 'invalid' as const };
  const tokenHash = hashToken(token);
  return (await getDb()).$transaction(async (tx) => {
    const used = await tx.staffSetupToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    const row = await tx.staffSetupToken.findUnique({ where: { tokenHash } });
    if (!row) return { ok: false as const, reason: 'invalid' as const };
    if (used.count === 0) return { ok: false as const, reason: row.usedAt ? ('used' as const) : ('expired' as const) };
    if (row.userId) {
      const user = await tx.staffUser.update({
        where: { id: row.userId },
        data: { name: input.name, passwordHash: input.passwordHash },
      });
      return { ok: true as const, user };
    }
    // Serialises first-admin set-ups across instances: only the first one while the table is empty wins.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7041992)`;
    if ((await tx.staffUser.count()) > 0) return { ok: false as const, reason: 'used' as const };
    const user = await tx.staffUser.create({
      data: { email: input.email, name: input.name, role: 'ADMIN', passwordHash: input.passwordHash },
    });
    return { ok: true as const, user };
  });
}

// Creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, if no account exists yet.
export async function createFirstAdmin(input: SetupInput): Promise<boolean> {
  return (await getDb()).$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7041992)`;
    if ((await tx.staffUser.count()) > 0) return false;
    await tx.staffUser.create({
      data: { email: input.email, name: input.name, role: 'ADMIN', passwordHash: input.passwordHash },
    });
    return true;
  });
}

// Everyone with an account, admins first.
export async function listStaff() {
  const db = await getDb();
  const [rows, withPassword] = await Promise.all([
    db.staffUser.findMany({
      orderBy: [{ role: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        totpEnabledAt: true,
        createdAt: true,
        _count: { select: { sessions: true, passkeys: true } },
      },
    }),
    // Whether a password is set is all a list needs: asked of the database, so no hash is ever read.
    db.staffUser.findMany({ where: { passwordHash: { not: null } }, select: { id: true } }),
  ]);
  const has = new Set(withPassword.map((u) => u.id));
  return rows.map((row) => ({ ...row, hasPassword: has.has(row.id) }));
}

// Adds a colleague and emails them a link to choose their password (also returned, to show once).
export async function inviteStaff(
  input: { email: string; name: string; role: StaffRole },
  invitedBy: string,
  now = new Date(),
) {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const setupUrl = `${env.SITE_URL}/admin/setup?token=${token}`;
  await (
    await getDb()
  ).$transaction(async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new StaffRuleError(`${input.email} already has an account`);
    }
    const user = await tx.staffUser.create({ data: input });
    const link = await tx.staffSetupToken.create({
      data: { tokenHash: hashToken(token), userId: user.id, role: input.role, expiresAt },
    });
    await enqueueEmail(tx, {
      messageKey: `staff-invitation:${link.id}`,
      kind: 'staff-invitation',
      to: input.email,
      ...staffInvitationEmail({ name: input.name, invitedBy, setupUrl, expiresAt }),
    });
  });
  return { setupUrl, expiresAt };
}
