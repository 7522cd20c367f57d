'use server';
// A member of staff's own account: sign out here or everywhere, change password.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { endStaffSession, requireStaff } from '../../auth/current';
import { requestFingerprint } from '../../consent/server/request-consent';
import { staffAction } from '../../auth/guarded-action';
import { hashPassword, verifyPassword } from '../../auth/password';
import { recordAudit } from '../../data/audit';
import { clearFailedSignIns, recordFailedSignIn, signInLockedFor } from '../../data/login-limits';
import { findStaffForSignIn } from '../../data/staff';
import { requestIp } from '../../security/request-client';
import { setStaffPassword } from '../../data/staff-changes';
import { deleteAllStaffSessions } from '../../data/staff-sessions';
import { changePasswordSchema } from '../../validations/staff';

// The "Sign out" button.
export async function signOut(): Promise<void> {
  const { user } = await requireStaff();
  await endStaffSession();
  await recordAudit({ id: user.id, label: user.email }, { action: 'sign-out', ipHash: (await requestFingerprint()).ipHash });
  redirect('/admin/sign-in?signedOut=1');
}

// "Sign out everywhere": ends every session of this account, this browser's included.
export async function signOutEverywhere(): Promise<void> {
  const { user } = await requireStaff();
  const ended = await deleteAllStaffSessions(user.id);
  await endStaffSession();
  await recordAudit({ id: user.id, label: user.email }, { action: 'sign-out-everywhere', detail: { sessions: ended } });
  redirect('/admin/sign-in?signedOut=everywhere');
}

// A session whose holder keeps guessing the password is ended, like a sign-in that keeps failing.
async function endGuessingSession(user: { id: string; email: string }): Promise<never> {
  await endStaffSession();
  await recordAudit({ id: user.id, label: user.email }, { action: 'signed-out-wrong-passwords', ipHash: (await requestFingerprint()).ipHash });
  redirect('/admin/sign-in?signedOut=paused');
}

// Changing the password needs the current one (counted by the sign-in limits), and signs out every other browser.
export const changePassword = staffAction(changePasswordSchema, async ({ currentPassword, password }, values, { user, sessionId }) => {
  const ip = requestIp(await headers());
  if (await signInLockedFor(user.email, ip)) return endGuessingSession(user);
  const account = await findStaffForSignIn(user.email);
  if (!(await verifyPassword(account?.passwordHash, currentPassword))) {
    await recordFailedSignIn(user.email, ip);
    if (await signInLockedFor(user.email, ip)) return endGuessingSession(user);
    return { status: 'error', fieldErrors: { currentPassword: 'Your current password is not right' }, values };
  }
  await clearFailedSignIns(user.email, ip);
  await setStaffPassword(user.id, await hashPassword(password), sessionId);
  await recordAudit({ id: user.id, label: user.email }, { action: 'password-changed' });
  redirect('/admin/account?changed=1');
});
