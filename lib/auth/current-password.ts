// Changes to a signed-in account's own security (its password, its second factor) ask for the
// current password first (or, for second-factor changes, a fresh code from the account's app). Wrong answers count toward the same sign-in limits as the sign-in form,
// and a session whose holder keeps guessing is ended, like a sign-in that keeps failing.
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { endStaffSession } from './current';
import { verifyPassword } from './password';
import { checkTotpCode } from './second-factor';
import { recordStaffAudit } from '../data/audit';
import { findStaffForSignIn } from '../data/staff/accounts';
import { clearFailedSignIns, recordFailedSignIn, signInLockedFor } from '../data/staff/sign-in-limits';
import { normaliseTotpCode } from '../security/totp';
import { requestIp } from '../server/request-client';
import { requestFingerprint } from '../server/request-consent';

type Holder = { id: string; email: string };

async function endGuessingSession(user: Holder): Promise<never> {
  await endStaffSession();
  await recordStaffAudit(user, { action: 'signed-out-wrong-passwords', ipHash: (await requestFingerprint()).ipHash });
  redirect('/admin/sign-in?signedOut=paused');
}

// True when `password` is the account's current one; false for a wrong one (counted); never returns
// once this address is paused for the account (the session is ended and the person sent to sign in).
export async function confirmCurrentPassword(user: Holder, password: string): Promise<boolean> {
  return confirmWith(user, () => passwordMatches(user, password));
}

// As confirmCurrentPassword, but a fresh 6-digit code from the account's app will do instead.
export async function confirmPasswordOrCode(user: Holder, input: string): Promise<boolean> {
  const code = normaliseTotpCode(input);
  return confirmWith(
    user,
    async () => (code !== null && (await checkTotpCode(user.id, code))) || passwordMatches(user, input),
  );
}

const passwordMatches = async (user: Holder, password: string) =>
  verifyPassword((await findStaffForSignIn(user.email))?.passwordHash, password);

async function confirmWith(user: Holder, check: () => Promise<boolean>): Promise<boolean> {
  const ip = requestIp(await headers());
  if (await signInLockedFor(user.email, ip)) return endGuessingSession(user);
  if (!(await check())) {
    await recordFailedSignIn(user.email, ip);
    if (await signInLockedFor(user.email, ip)) return endGuessingSession(user);
    return false;
  }
  await clearFailedSignIns(user.email, ip);
  return true;
}
