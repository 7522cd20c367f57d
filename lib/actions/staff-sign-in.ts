'use server';
// Back-office sign-in (the password, then any second factor) and first-time password set-up: the only
// staff actions open to people who are not signed in.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, validatedAction } from '../action-state';
import { completeSecondStep, endStaffSession, requireSecondStep, startStaffSession } from '../auth/current';
import { hashPassword, verifyPassword } from '../auth/password';
import { adminReturnPath, withReturnPath } from '../auth/return-path';
import { checkSecondFactor } from '../auth/second-factor';
import { recordAudit, recordStaffAudit, staffActor } from '../data/audit';
import { checkSetupLink, completeSetup, findStaffForSignIn } from '../data/staff/accounts';
import { clearFailedSignIns, recordFailedSignIn, signInLockedFor } from '../data/staff/sign-in-limits';
import { queueSecurityNotice } from '../data/staff/two-factor';
import { requestIp } from '../server/request-client';
import { requestFingerprint } from '../server/request-consent';
import { secondStepSchema, setupSchema, signInSchema } from '../validations/staff';

const minutes = (s: number) => `${Math.max(1, Math.ceil(s / 60))} minute${s > 60 ? 's' : ''}`;
const paused = (s: number) =>
  `Too many wrong passwords or codes. For your security, sign-in is paused: try again in ${minutes(s)}.`;

// The sign-in form. Wrong email and wrong password get the same answer; repeated failures lock out.
export const signIn = validatedAction(signInSchema, async ({ email, password, next }, values) => {
  const ip = requestIp(await headers());
  const { ipHash } = await requestFingerprint();
  const lockedFor = await signInLockedFor(email, ip);
  if (lockedFor) {
    await recordAudit({ id: null, label: email }, { action: 'sign-in-refused-locked', ipHash });
    return formError(paused(lockedFor), values);
  }
  const user = await findStaffForSignIn(email);
  const matches = await verifyPassword(user?.passwordHash, password);
  if (!user || !matches || !user.active) {
    await recordFailedSignIn(email, ip);
    await recordAudit(
      { id: user?.id ?? null, label: email },
      {
        action: 'sign-in-failed',
        detail: { reason: user && matches ? 'deactivated' : 'wrong email or password' },
        ipHash,
      },
    );
    const nowLocked = await signInLockedFor(email, ip);
    if (nowLocked) return formError(paused(nowLocked), values);
    return formError('The email address or password is not right. Check both and try again.', values);
  }
  await clearFailedSignIns(email, ip);
  const { secondFactorDue } = await startStaffSession(user.id);
  await recordStaffAudit(user, { action: secondFactorDue ? 'sign-in-password' : 'sign-in', ipHash });
  if (secondFactorDue) redirect(withReturnPath('/admin/sign-in/verify', next));
  redirect(adminReturnPath(next) ?? '/admin');
});

// The second step: a code from the authenticator app or a recovery code. Wrong codes count toward
// the same pause as wrong passwords; a used recovery code is emailed to the account holder.
export const verifySecondStep = validatedAction(secondStepSchema, async ({ code, next }, values) => {
  const session = await requireSecondStep();
  const { user } = session;
  const ip = requestIp(await headers());
  const { ipHash } = await requestFingerprint();
  const actor = staffActor(user);
  const lockedFor = await signInLockedFor(user.email, ip);
  if (lockedFor) {
    await recordAudit(actor, { action: 'sign-in-refused-locked', ipHash });
    return formError(paused(lockedFor), values);
  }
  const result = await checkSecondFactor(user.id, code);
  if (!result.ok) {
    await recordFailedSignIn(user.email, ip);
    await recordAudit(actor, { action: 'sign-in-failed', detail: { reason: 'wrong second-step code' }, ipHash });
    const nowLocked = await signInLockedFor(user.email, ip);
    if (nowLocked) return formError(paused(nowLocked), values);
    return {
      status: 'error',
      fieldErrors: { code: 'That code is not right, or has been used already. Check it and try again.' },
      values,
    };
  }
  await clearFailedSignIns(user.email, ip);
  await completeSecondStep(session, result.method);
  await recordAudit(actor, {
    action: 'sign-in',
    detail: { method: result.method === 'TOTP' ? 'authenticator app' : 'recovery code' },
    ipHash,
  });
  if (result.method === 'RECOVERY_CODE') {
    const left = `${result.recoveryCodesLeft} recovery code${result.recoveryCodesLeft === 1 ? '' : 's'}`;
    await queueSecurityNotice(
      user,
      `A recovery code was used to sign in to it, and ${left} are left`,
      `recovery-used:${Date.now()}`,
    );
  }
  redirect(adminReturnPath(next) ?? '/admin');
});

// "Cancel": leaves the second step, ending the half-way session.
export async function cancelSignIn(): Promise<void> {
  await endStaffSession();
  redirect('/admin/sign-in');
}

// The setup link's form: an invited colleague chooses a password, or the first admin is created.
export const completeStaffSetup = validatedAction(setupSchema, async ({ token, name, email, password }, values) => {
  const link = await checkSetupLink(token);
  if (link.state !== 'valid')
    return formError('This set-up link has already been used or has expired. Ask an admin for a new one.', values);
  if (link.firstAdmin && !email) return { status: 'error', fieldErrors: { email: 'Enter your email address' }, values };
  const result = await completeSetup(token, {
    name,
    email: link.email ?? email,
    passwordHash: await hashPassword(password),
  });
  if (!result.ok)
    return formError('This set-up link has already been used or has expired. Ask an admin for a new one.', values);
  const { secondFactorDue } = await startStaffSession(result.user.id);
  await recordStaffAudit(result.user, {
    action: link.firstAdmin ? 'first-admin-created' : 'password-set',
    ipHash: (await requestFingerprint()).ipHash,
  });
  // A set-up link sent again to someone with a second factor changes the password, not the second step.
  redirect(secondFactorDue ? '/admin/sign-in/verify' : '/admin');
});
