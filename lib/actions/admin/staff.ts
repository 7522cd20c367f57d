'use server';
// Admins manage colleagues' accounts: add (with an emailed set-up link), change role, deactivate,
// sign out everywhere, reset a lost second factor, require a second factor of everyone, and choose who
// on the team is told about new requests.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formError } from '../../action-state';
import { adminAction } from '../../auth/guarded-action';
import { setTeamRecipients } from '../../data/enquiries/team-notifications';
import { updateStaffAccount } from '../../data/staff/account-changes';
import { inviteStaff, StaffRuleError } from '../../data/staff/accounts';
import { setSecondFactorRequired } from '../../data/staff/security-settings';
import { deleteAllStaffSessions } from '../../data/staff/sessions';
import { queueSecurityNotice, resetSecondFactor } from '../../data/staff/two-factor';
import { inviteSchema, securityRulesSchema, teamRecipientsSchema } from '../../validations/staff';

const idSchema = z.object({ staffId: z.uuid({ error: 'That account could not be found' }) });
const changeSchema = idSchema.extend({
  change: z.enum(['make-admin', 'make-staff', 'deactivate', 'reactivate'], { error: 'Choose a change' }),
});
const CHANGES = {
  'make-admin': { role: 'ADMIN' },
  'make-staff': { role: 'STAFF' },
  deactivate: { active: false },
  reactivate: { active: true },
} as const;

// "Add a colleague": the set-up link is emailed to them and shown once to the admin.
export const addStaffMember = adminAction(inviteSchema, async (data, values, { user, audit }) => {
  try {
    const { setupUrl } = await inviteStaff(data, user.name);
    await audit({ action: 'staff-invited', subject: data.email, detail: { role: data.role } });
    revalidatePath('/admin/staff');
    return {
      status: 'done',
      message: `${data.name} has been emailed a link to choose their password.`,
      details: { setupUrl },
    };
  } catch (error) {
    if (error instanceof StaffRuleError) return { status: 'error', fieldErrors: { email: error.message }, values };
    throw error;
  }
});

// Role and access changes, one button each.
export const changeStaffAccount = adminAction(changeSchema, async ({ staffId, change }, values, { user, audit }) => {
  try {
    const target = await updateStaffAccount(user.id, staffId, CHANGES[change]);
    await audit({ action: `staff-${change}`, subject: target.email });
  } catch (error) {
    if (error instanceof StaffRuleError) return formError(error.message, values);
    throw error;
  }
  redirect('/admin/staff');
});

// Ends every session of a colleague (a lost laptop, someone leaving).
export const signOutStaffEverywhere = adminAction(idSchema, async ({ staffId }, _values, { audit }) => {
  const ended = await deleteAllStaffSessions(staffId);
  await audit({
    action: 'staff-signed-out-everywhere',
    subject: staffId,
    detail: { sessions: ended },
  });
  redirect('/admin/staff');
});

// "Require two-factor sign-in for everyone": turning it on needs a second factor of the admin's own
// (this session passed one), so that nobody switches on a rule that would lock themselves in set-up.
export const saveSecurityRules = adminAction(
  securityRulesSchema,
  async ({ requireSecondFactor }, values, { user, methods, audit }) => {
    const required = requireSecondFactor === 'on';
    if (required && !methods.some((m) => m === 'TOTP' || m === 'PASSKEY')) {
      return formError(
        'Add a passkey or an authenticator app to your own account, and sign in with it, before requiring one of everyone.',
        values,
      );
    }
    await setSecondFactorRequired(required, user.email);
    await audit({ action: required ? 'second-factor-required' : 'second-factor-optional' });
    redirect(`/admin/staff?rules=${required ? 'on' : 'off'}`);
  },
);

// "Who is told": the team addresses emailed about new enquiries, quotes and data requests.
export const saveTeamRecipients = adminAction(
  teamRecipientsSchema,
  async ({ recipients }, _values, { user, audit }) => {
    await setTeamRecipients(recipients, user.email);
    await audit({ action: 'team-recipients-changed', detail: { recipients: recipients.length } });
    revalidatePath('/admin/staff');
    return {
      status: 'done',
      message: recipients.length ? `Saved: ${recipients.join(', ')}.` : 'Saved: the site’s default address is used.',
    };
  },
);

// Removes a colleague's authenticator app and recovery codes (they lost both) and signs them out
// everywhere; they are emailed. Nobody resets their own: a recovery code lets them in to change it.
export const resetStaffSecondFactor = adminAction(idSchema, async ({ staffId }, values, { user, audit }) => {
  if (staffId === user.id)
    return formError(
      'You can’t reset your own second factor. Sign in with a recovery code and change it on your account page.',
      values,
    );
  const target = await resetSecondFactor(staffId);
  if (!target) return formError('That account no longer exists.', values);
  await audit({ action: 'staff-second-factor-reset', subject: target.email });
  await queueSecurityNotice(
    target,
    `Its second factor (authenticator app, passkeys and recovery codes) was reset by ${user.name}, and every device was signed out`,
    `reset:${Date.now()}`,
  );
  redirect('/admin/staff');
});
