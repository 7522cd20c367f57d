'use server';
// A member of staff's own second factor, from their account page: add or remove an authenticator app
// and make new recovery codes. Each change asks for the current password, is written to the audit log
// and is emailed to the account holder.
import { redirect } from 'next/navigation';
import type { ActionState } from '../../action-state';
import { confirmCurrentPassword } from '../../auth/current-password';
import { staffAction } from '../../auth/guarded-action';
import { hashPassword } from '../../auth/password';
import { generateRecoveryCodes } from '../../auth/recovery-codes';
import { openTotpKey, sealTotpKey } from '../../auth/second-factor';
import { generateTotpKey, matchTotpStep, normaliseTotpCode, totpKeyFromText, totpKeyText } from '../../auth/totp';
import { recordAudit } from '../../data/audit';
import type { StaffIdentity } from '../../data/staff-sessions';
import {
  disableTotp,
  enableTotp,
  queueSecurityNotice,
  replaceRecoveryCodes,
  savePendingTotp,
  twoFactorStatus,
} from '../../data/staff-two-factor';
import { confirmAuthenticatorSchema, confirmPasswordSchema } from '../../validations/staff';

// A staff action that runs only once the current password is confirmed (wrong ones are counted).
function behindPassword(fn: (user: StaffIdentity) => Promise<ActionState>) {
  return staffAction(confirmPasswordSchema, async ({ currentPassword }, values, { user }) => {
    if (await confirmCurrentPassword(user, currentPassword)) return fn(user);
    return { status: 'error', fieldErrors: { currentPassword: 'Your current password is not right' }, values };
  });
}

async function changed(user: StaffIdentity, action: string, change: string) {
  await recordAudit({ id: user.id, label: user.email }, { action });
  await queueSecurityNotice(user, change, `${action}:${Date.now()}`);
}

// New recovery codes replace the old set; they are shown once, in the answer, and stored only hashed.
async function issueRecoveryCodes(user: StaffIdentity): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await replaceRecoveryCodes(user.id, await Promise.all(codes.map((code) => hashPassword(code))));
  await recordAudit({ id: user.id, label: user.email }, { action: 'recovery-codes-created' });
  return codes;
}

const showCodes = (message: string, codes: string[]): ActionState => ({ status: 'done', message, details: { codes: codes.join(' ') } });

// "Set up an authenticator app": a new key, kept sealed until a first code confirms it.
export const startAuthenticatorSetup = behindPassword(async (user) => {
  await savePendingTotp(user.id, await sealTotpKey(totpKeyText(generateTotpKey())));
  redirect('/admin/account/authenticator');
});

// The first code from the app: the app becomes the account's second factor, every other browser is
// signed out, and (when none are left) recovery codes are made and shown.
export const confirmAuthenticator = staffAction(confirmAuthenticatorSchema, async ({ code }, values, { user, sessionId }) => {
  const { pendingTotp, recoveryCodesLeft } = await twoFactorStatus(user.id);
  if (!pendingTotp) redirect('/admin/account');
  const typed = normaliseTotpCode(code);
  const step = typed ? matchTotpStep(totpKeyFromText(await openTotpKey(pendingTotp)), typed, null, new Date()) : null;
  if (step === null) {
    return { status: 'error', fieldErrors: { code: 'That code is not right. Enter the 6 digits your app shows now.' }, values };
  }
  if (!(await enableTotp(user.id, pendingTotp, step, sessionId))) redirect('/admin/account');
  if (recoveryCodesLeft > 0) {
    await changed(user, 'authenticator-added', 'An authenticator app was added to it, and every other device was signed out');
    redirect('/admin/account?added=authenticator');
  }
  const codes = await issueRecoveryCodes(user);
  await changed(user, 'authenticator-added', 'An authenticator app and recovery codes were added to it, and every other device was signed out');
  return showCodes('Your authenticator app is set up, and you have been signed out on every other device.', codes);
});

// "Remove the authenticator app": signing in then needs only the password (and recovery codes stay).
export const removeAuthenticator = behindPassword(async (user) => {
  await disableTotp(user.id);
  await changed(user, 'authenticator-removed', 'Its authenticator app was removed');
  redirect('/admin/account?removed=authenticator');
});

// "Make new recovery codes".
export const createRecoveryCodes = behindPassword(async (user) => {
  const codes = await issueRecoveryCodes(user);
  await queueSecurityNotice(user, 'New recovery codes were made for it, and any earlier ones stopped working', `recovery-codes:${Date.now()}`);
  return showCodes('Here are your new recovery codes. The earlier ones no longer work.', codes);
});
