'use server';
// Signing in to the back office with a passkey: on its own (a discoverable passkey, which also checks
// the person's PIN or biometrics) or as the second step after the password. Each takes two calls from
// the browser, a challenge and then the passkey's answer, so it needs JavaScript.
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formError, validatedAction } from '../action-state';
import { completeSecondStep, requireSecondStep, startStaffSession } from '../auth/current';
import { parsePasskeyAnswer } from '../auth/passkey-answer';
import { passkeyRequestOptions, passkeysAvailable, verifyPasskeyAnswer } from '../auth/passkeys';
import { adminReturnPath } from '../auth/return-path';
import { recordAudit, recordStaffAudit, staffActor } from '../data/audit';
import { findStaffById } from '../data/staff/accounts';
import { recordPasskeyUse } from '../data/staff/passkeys';
import { recordFailedSignIn, signInLockedFor } from '../data/staff/sign-in-limits';
import { requestIp } from '../server/request-client';
import { requestFingerprint } from '../server/request-consent';
import { passkeyAnswerSchema, passkeyChallengeSchema } from '../validations/staff';

/** Failed passkey sign-ins, which name no account, count under this label for the address they come from. */
const NO_ACCOUNT = 'passkey sign-in';
const NOT_ACCEPTED = 'That passkey was not accepted. Try again, or sign in with your email address and password.';
const PAUSED =
  'Too many passkey answers from this address were refused. Sign in with your password, or try again later.';

// The challenge for the browser to sign: for any passkey of the site, or for one of this account's
// (at the second step).
export const passkeyChallenge = validatedAction(passkeyChallengeSchema, async ({ step }) => {
  if (!passkeysAvailable())
    return formError('Passkeys can’t be used at this web address. Use your password and code instead.');
  const userId = step === 'second-step' ? (await requireSecondStep()).user.id : null;
  if (step === 'sign-in' && (await signInLockedFor(NO_ACCOUNT, requestIp(await headers())))) return formError(PAUSED);
  const options = await passkeyRequestOptions(step, userId);
  return {
    status: 'done',
    message: 'Follow your browser’s steps to use your passkey.',
    details: { options: JSON.stringify(options) },
  };
});

// The passkey's answer at the second step: a right one finishes signing in.
export const finishSecondStepWithPasskey = validatedAction(passkeyAnswerSchema, async ({ response, next }) => {
  const session = await requireSecondStep();
  const actor = staffActor(session.user);
  const { ipHash } = await requestFingerprint();
  const answer = parsePasskeyAnswer<AuthenticationResponseJSON>(response);
  const proved = answer && (await verifyPasskeyAnswer(answer, 'second-step', session.user.id));
  if (!proved) {
    await recordFailedSignIn(session.user.email, requestIp(await headers()));
    await recordAudit(actor, { action: 'sign-in-failed', detail: { reason: 'passkey not accepted' }, ipHash });
    return formError(NOT_ACCEPTED);
  }
  await recordPasskeyUse(proved.passkeyId, proved.counter);
  await completeSecondStep(session, 'PASSKEY');
  await recordAudit(actor, { action: 'sign-in', detail: { method: 'passkey' }, ipHash });
  redirect(adminReturnPath(next) ?? '/admin');
});

// The passkey's answer on the sign-in page: the passkey alone signs its owner in.
export const signInWithPasskey = validatedAction(passkeyAnswerSchema, async ({ response, next }) => {
  const ip = requestIp(await headers());
  const { ipHash } = await requestFingerprint();
  if (await signInLockedFor(NO_ACCOUNT, ip)) return formError(PAUSED);
  const answer = parsePasskeyAnswer<AuthenticationResponseJSON>(response);
  const proved = answer && (await verifyPasskeyAnswer(answer, 'sign-in', null));
  const user = proved ? await findStaffById(proved.userId) : null;
  if (!proved || !user?.active) {
    await recordFailedSignIn(NO_ACCOUNT, ip);
    await recordAudit(
      { id: user?.id ?? null, label: user?.email ?? NO_ACCOUNT },
      { action: 'sign-in-failed', detail: { reason: user ? 'deactivated' : 'passkey not accepted' }, ipHash },
    );
    return formError(NOT_ACCEPTED);
  }
  await recordPasskeyUse(proved.passkeyId, proved.counter);
  await startStaffSession(user.id, ['PASSKEY']);
  await recordStaffAudit(user, { action: 'sign-in', detail: { method: 'passkey' }, ipHash });
  redirect(adminReturnPath(next) ?? '/admin');
});
