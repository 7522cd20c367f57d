'use server';
// A member of staff's own second factor, from their account page: add or remove an authenticator app
// and make new recovery codes (passkeys: passkeys.ts). Each change is confirmed by the current
// password or a code from the app, written to the audit log and emailed to the account holder.
import { redirect } from 'next/navigation';
import { formError, type ActionState } from '../../action-state';
import { accountChanged, behindConfirmation, lastFactorRefusal } from '../../auth/account-change';
import { accountAction } from '../../auth/guarded-action';
import { hashPassword } from '../../auth/password';
import { generateRecoveryCodes } from '../../auth/recovery-codes';
import { openTotpKey, sealTotpKey } from '../../auth/second-factor';
import { recordStaffAudit } from '../../data/audit';
import type { StaffIdentity } from '../../data/staff/sessions';
import {
  disableTotp,
  enableTotp,
  queueSecurityNotice,
  replaceRecoveryCodes,
  savePendingTotp,
  twoFactorStatus,
} from '../../data/staff/two-factor';
import { generateTotpKey, matchTotpStep, normaliseTotpCode, totpKeyFromText, totpKeyText } from '../../security/totp';
import { confirmAuthenticatorSchema, confirmPasswordSchema } from '../../validations/staff';

// New recovery codes replace the old set; they are shown once, in the answer, and stored only hashed.
async function issueRecoveryCodes(user: StaffIdentity): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await replaceRecoveryCodes(user.id, await Promise.all(codes.map((code) => hashPassword(code))));
  await recordStaffAudit(user, { action: 'recovery-codes-created' });
  return codes;
}

const showCodes = (message: string, codes: string[]): ActionState => ({
  status: 'done',
  message,
  details: { codes: codes.join(' ') },
});

// "Set up an authenticator app": a new key, kept sealed until a first code confirms it.
export const startAuthenticatorSetup = behindConfirmation(confirmPasswordSchema, async (_data, { user }) => {
  await savePendingTotp(user.id, await sealTotpKey(totpKeyText(generateTotpKey())));
  redirect('/admin/account/authenticator');
});

// The first code from the app: the app becomes the account's second factor, every other browser is
// signed out, and (when none are left) recovery codes are made and shown.
export const confirmAuthenticator = accountAction(
  confirmAuthenticatorSchema,
  async ({ code }, values, { user, sessionId }) => {
    const { pendingTotp, recoveryCodesLeft } = await twoFactorStatus(user.id);
    if (!pendingTotp) redirect('/admin/account');
    const typed = normaliseTotpCode(code);
    const step = typed ? matchTotpStep(totpKeyFromText(await openTotpKey(pendingTotp)), typed, null, new Date()) : null;
    if (step === null) {
      return {
        status: 'error',
        fieldErrors: { code: 'That code is not right. Enter the 6 digits your app shows now.' },
        values,
      };
    }
    if (!(await enableTotp(user.id, pendingTotp, step, sessionId))) redirect('/admin/account');
    if (recoveryCodesLeft > 0) {
      await accountChanged(
        user,
        'authenticator-added',
        'An authenticator app was added to it, and every other device was signed out',
      );
      redirect('/admin/account?added=authenticator');
    }
    const codes = await issueRecoveryCodes(user);
    await accountChanged(
      user,
      'authenticator-added',
      'An authenticator app and recovery codes were added to it, and every other device was signed out',
    );
    return showCodes('Your authenticator app is set up, and you have been signed out on every other device.', codes);
  },
);

// "Remove the authenticator app" (recovery codes stay); refused when it is the last second factor
// and the rules require one.
export const removeAuthenticator = behindConfirmation(confirmPasswordSchema, async (_data, { user }) => {
  const refusal = await lastFactorRefusal(user.id, 'app');
  if (refusal) return formError(refusal);
  await disableTotp(user.id);
  await accountChanged(user, 'authenticator-removed', 'Its authenticator app was removed');
  redirect('/admin/account?removed=authenticator');
});

// "Make new recovery codes".
export const createRecoveryCodes = behindConfirmation(confirmPasswordSchema, async (_data, { user }) => {
  const codes = await issueRecoveryCodes(user);
  await queueSecurityNotice(
    user,
    'New recovery codes were made for it, and any earlier ones stopped working',
    `recovery-codes:${Date.now()}`,
  );
  return showCodes('Here are your new recovery codes. The earlier ones no longer work.', codes);
});
