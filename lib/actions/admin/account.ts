'use server';
// A member of staff's own account: sign out here or everywhere, change password (its second factor: two-factor.ts).
import { redirect } from 'next/navigation';
import { endStaffSession, requireStaff } from '../../auth/current';
import { confirmCurrentPassword } from '../../auth/current-password';
import { accountAction } from '../../auth/guarded-action';
import { hashPassword } from '../../auth/password';
import { recordStaffAudit } from '../../data/audit';
import { setStaffPassword } from '../../data/staff/account-changes';
import { deleteAllStaffSessions } from '../../data/staff/sessions';
import { requestFingerprint } from '../../server/request-consent';
import { changePasswordSchema } from '../../validations/staff';

// The "Sign out" button.
export async function signOut(): Promise<void> {
  const { user } = await requireStaff({ settingUp: true });
  await endStaffSession();
  await recordStaffAudit(user, { action: 'sign-out', ipHash: (await requestFingerprint()).ipHash });
  redirect('/admin/sign-in?signedOut=1');
}

// "Sign out everywhere": ends every session of this account, this browser's included.
export async function signOutEverywhere(): Promise<void> {
  const { user } = await requireStaff({ settingUp: true });
  const ended = await deleteAllStaffSessions(user.id);
  await endStaffSession();
  await recordStaffAudit(user, { action: 'sign-out-everywhere', detail: { sessions: ended } });
  redirect('/admin/sign-in?signedOut=everywhere');
}

// Changing the password needs the current one (counted by the sign-in limits), and signs out every other browser.
export const changePassword = accountAction(
  changePasswordSchema,
  async ({ currentPassword, password }, values, { user, sessionId, audit }) => {
    if (!(await confirmCurrentPassword(user, currentPassword))) {
      return { status: 'error', fieldErrors: { currentPassword: 'Your current password is not right' }, values };
    }
    await setStaffPassword(user.id, await hashPassword(password), sessionId);
    await audit({ action: 'password-changed' });
    redirect('/admin/account?changed=1');
  },
);
