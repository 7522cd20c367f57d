// Changes an admin makes to colleagues' accounts, with the rules that keep the back office usable.
import { StaffRuleError } from './accounts';
import { getDb } from '../../db/client';
import type { StaffRole } from '../../generated/prisma/enums';

// Sets a colleague's role or whether they may sign in; deactivating also signs them out everywhere.
// Nobody changes their own account here, and the last active admin stays an active admin.
export async function updateStaffAccount(
  actorId: string,
  targetId: string,
  change: { role?: StaffRole; active?: boolean },
) {
  if (actorId === targetId) throw new StaffRuleError('You can’t change your own role or access. Ask another admin.');
  return (await getDb()).$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(7041992)`;
    const target = await tx.staffUser.findUnique({ where: { id: targetId } });
    if (!target) throw new StaffRuleError('That account no longer exists.');
    const losesAdmin = target.role === 'ADMIN' && target.active && (change.role === 'STAFF' || change.active === false);
    if (losesAdmin && (await tx.staffUser.count({ where: { role: 'ADMIN', active: true } })) <= 1) {
      throw new StaffRuleError('There must always be at least one active admin.');
    }
    const user = await tx.staffUser.update({ where: { id: targetId }, data: change });
    if (change.active === false) await tx.staffSession.deleteMany({ where: { userId: targetId } });
    return user;
  });
}

// Stores a new password hash and ends every other session of the account.
export async function setStaffPassword(userId: string, passwordHash: string, keepSessionId: string | null) {
  const db = await getDb();
  await db.$transaction([
    db.staffUser.update({ where: { id: userId }, data: { passwordHash } }),
    db.staffSession.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } }),
  ]);
}
