'use server';
// Back-office sign-in and first-time password set-up: the only staff actions open to people who
// are not signed in.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, validatedAction } from '../action-state';
import { startStaffSession } from '../auth/current';
import { requestFingerprint } from '../consent/server/request-consent';
import { hashPassword, verifyPassword } from '../auth/password';
import { adminReturnPath } from '../auth/return-path';
import { recordAudit } from '../data/audit';
import { clearFailedSignIns, recordFailedSignIn, signInLockedFor } from '../data/login-limits';
import { checkSetupLink, completeSetup, findStaffForSignIn } from '../data/staff';
import { requestIp } from '../security/request-client';
import { setupSchema, signInSchema } from '../validations/staff';

const minutes = (s: number) => `${Math.max(1, Math.ceil(s / 60))} minute${s > 60 ? 's' : ''}`;

// The sign-in form. Wrong email and wrong password get the same answer; repeated failures lock out.
export const signIn = validatedAction(signInSchema, async ({ email, password, next }, values) => {
  const ip = requestIp(await headers());
  const { ipHash } = await requestFingerprint();
  const lockedFor = await signInLockedFor(email, ip);
  if (lockedFor) {
    await recordAudit({ id: null, label: email }, { action: 'sign-in-refused-locked', ipHash });
    return formError(`Too many wrong passwords. For your security, sign-in is paused: try again in ${minutes(lockedFor)}.`, values);
  }
  const user = await findStaffForSignIn(email);
  const matches = await verifyPassword(user?.passwordHash, password);
  if (!user || !matches || !user.active) {
    await recordFailedSignIn(email, ip);
    await recordAudit({ id: user?.id ?? null, label: email }, { action: 'sign-in-failed', detail: { reason: user && matches ? 'deactivated' : 'wrong email or password' }, ipHash });
    const nowLocked = await signInLockedFor(email, ip);
    if (nowLocked) return formError(`Too many wrong passwords. For your security, sign-in is paused: try again in ${minutes(nowLocked)}.`, values);
    return formError('The email address or password is not right. Check both and try again.', values);
  }
  await clearFailedSignIns(email, ip);
  await startStaffSession(user.id);
  await recordAudit({ id: user.id, label: user.email }, { action: 'sign-in', ipHash });
  redirect(adminReturnPath(next) ?? '/admin');
});

// The setup link's form: an invited colleague chooses a password, or the first admin is created.
export const completeStaffSetup = validatedAction(setupSchema, async ({ token, name, email, password }, values) => {
  const link = await checkSetupLink(token);
  if (link.state !== 'valid') return formError('This set-up link has already been used or has expired. Ask an admin for a new one.', values);
  if (link.firstAdmin && !email) return { status: 'error', fieldErrors: { email: 'Enter your email address' }, values };
  const result = await completeSetup(token, { name, email: link.email ?? email, passwordHash: await hashPassword(password) });
  if (!result.ok) return formError('This set-up link has already been used or has expired. Ask an admin for a new one.', values);
  await startStaffSession(result.user.id);
  await recordAudit({ id: result.user.id, label: result.user.email }, { action: link.firstAdmin ? 'first-admin-created' : 'password-set', ipHash: (await requestFingerprint()).ipHash });
  redirect('/admin');
});
