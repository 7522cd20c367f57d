// A member of staff's second factor: the authenticator app's sealed key and last accepted step, and
// their recovery codes' hashes. Acceptance is decided here, in one statement each, so that a code is
// accepted once even when two instances are shown it at the same moment.
import { listPasskeys, type PasskeySummary } from './passkeys';
import { keepOnlySession } from './sessions';
import { getDb } from '../../db/client';
import { accountSecurityEmail } from '../../email/templates/account-security';
import { TOTP_PERIOD_S } from '../../security/totp';
import { enqueueEmail } from '../email/outbox';

/** An account's app fields with no app set up (or being set up). */
const NO_TOTP = { totpSecret: null, totpPendingSecret: null, totpLastStep: null, totpEnabledAt: null };

export type TwoFactorStatus = {
  totpEnabledAt: Date | null;
  /** When the app's last accepted code was current. */
  totpLastUsedAt: Date | null;
  pendingTotp: string | null;
  recoveryCodesLeft: number;
  recoveryCodeLastUsedAt: Date | null;
  passkeys: number;
};

// The app (set up, or being set up), the recovery codes left and how many passkeys the account has.
export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  return statusWith(userId, (await getDb()).staffPasskey.count({ where: { userId } }));
}

// The account page's section: the status and the passkeys themselves, each read once.
export async function accountSecurity(
  userId: string,
): Promise<{ status: TwoFactorStatus; passkeys: PasskeySummary[] }> {
  const listed = listPasskeys(userId);
  const [status, passkeys] = await Promise.all([
    statusWith(
      userId,
      listed.then((p) => p.length),
    ),
    listed,
  ]);
  return { status, passkeys };
}

async function statusWith(userId: string, passkeyCount: Promise<number>): Promise<TwoFactorStatus> {
  const db = await getDb();
  const [user, recoveryCodesLeft, lastRecovery, passkeys] = await Promise.all([
    db.staffUser.findUniqueOrThrow({
      where: { id: userId },
      select: { totpEnabledAt: true, totpPendingSecret: true, totpLastStep: true },
    }),
    db.staffRecoveryCode.count({ where: { userId, usedAt: null } }),
    db.staffRecoveryCode.findFirst({
      where: { userId, usedAt: { not: null } },
      orderBy: { usedAt: 'desc' },
      select: { usedAt: true },
    }),
    passkeyCount,
  ]);
  return {
    totpEnabledAt: user.totpEnabledAt,
    totpLastUsedAt:
      user.totpEnabledAt && user.totpLastStep !== null ? new Date(user.totpLastStep * TOTP_PERIOD_S * 1000) : null,
    pendingTotp: user.totpPendingSecret,
    recoveryCodesLeft,
    recoveryCodeLastUsedAt: lastRecovery?.usedAt ?? null,
    passkeys,
  };
}

// The sealed key and last accepted step of an account's app, or null when none is set up.
export async function totpOf(userId: string): Promise<{ sealed: string; lastStep: number | null } | null> {
  const user = await (
    await getDb()
  ).staffUser.findUnique({ where: { id: userId }, select: { totpSecret: true, totpLastStep: true } });
  return user?.totpSecret ? { sealed: user.totpSecret, lastStep: user.totpLastStep } : null;
}

// Keeps a key being set up (sealed) until its first code confirms it.
export async function savePendingTotp(userId: string, sealed: string): Promise<void> {
  await (await getDb()).staffUser.update({ where: { id: userId }, data: { totpPendingSecret: sealed } });
}

// Makes the key being set up the account's app, `step` its first accepted code; every other session
// of the account ends, and this one counts as having passed the app.
export async function enableTotp(
  userId: string,
  sealed: string,
  step: number,
  keepSessionId: string,
  now = new Date(),
) {
  return (await getDb()).$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { id: userId, totpPendingSecret: sealed },
      data: { totpSecret: sealed, totpPendingSecret: null, totpLastStep: step, totpEnabledAt: now },
    });
    if (count !== 1) return false;
    await keepOnlySession(tx, userId, keepSessionId, 'TOTP');
    return true;
  });
}

// Removes the account's app (and any key half set up); the recovery codes stay.
export async function disableTotp(userId: string): Promise<void> {
  await (await getDb()).staffUser.update({ where: { id: userId }, data: NO_TOTP });
}

// An admin's reset of a colleague's second factor: app, passkeys and recovery codes gone, every session ended.
// Returns the account, or null when there is none.
export async function resetSecondFactor(userId: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({ where: { id: userId }, data: NO_TOTP });
    if (count !== 1) return null;
    await tx.staffRecoveryCode.deleteMany({ where: { userId } });
    await tx.staffPasskey.deleteMany({ where: { userId } });
    await tx.staffSession.deleteMany({ where: { userId } });
    return tx.staffUser.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true } });
  });
}

// Records `step` as the last accepted one, if no later or equal step was: true when this call won.
export async function acceptTotpStep(userId: string, step: number): Promise<boolean> {
  const { count } = await (
    await getDb()
  ).staffUser.updateMany({
    where: { id: userId, totpSecret: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

// Replaces every recovery code of the account (the old set stops working) with these hashes.
export async function replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void> {
  const db = await getDb();
  await db.$transaction([
    db.staffRecoveryCode.deleteMany({ where: { userId } }),
    db.staffRecoveryCode.createMany({ data: codeHashes.map((codeHash) => ({ userId, codeHash })) }),
  ]);
}

// The hashes of the codes not yet used, to check a typed code against.
export async function unusedRecoveryCodes(userId: string): Promise<{ id: string; codeHash: string }[]> {
  return (await getDb()).staffRecoveryCode.findMany({
    where: { userId, usedAt: null },
    select: { id: true, codeHash: true },
  });
}

// Marks a code used, if it was not already: true when this call used it. Returns how many are left.
export async function spendRecoveryCode(
  userId: string,
  id: string,
  now = new Date(),
): Promise<{ used: boolean; left: number }> {
  const db = await getDb();
  const { count } = await db.staffRecoveryCode.updateMany({
    where: { id, userId, usedAt: null },
    data: { usedAt: now },
  });
  return { used: count === 1, left: await db.staffRecoveryCode.count({ where: { userId, usedAt: null } }) };
}

// Emails the account holder that their sign-in changed (`change` names what); `key` makes it once only.
export async function queueSecurityNotice(
  user: { id: string; email: string; name: string },
  change: string,
  key: string,
  now = new Date(),
) {
  const db = await getDb();
  await db.$transaction((tx) =>
    enqueueEmail(tx, {
      messageKey: `account-security:${user.id}:${key}`,
      kind: 'account-security',
      to: user.email,
      ...accountSecurityEmail({ name: user.name, change, at: now }),
    }),
  );
}
