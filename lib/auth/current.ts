// Who is signed in to the back office on this request. Every admin page and admin action calls
// requireStaff or requireAdmin itself; nothing relies on the proxy or a layout having checked.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { sessionCookieAttributes } from './cookie';
import { withReturnPath } from './return-path';
import { SESSION_COOKIE } from '../consent/registry';
import { PATH_HEADER } from '../consent/request-headers';
import {
  createStaffSession,
  deleteStaffSession,
  type ValidSession,
  validateStaffSession,
} from '../data/staff/sessions';
import type { AuthMethod } from '../generated/prisma/enums';
import { generateToken, isWellFormedToken } from '../security/tokens';
import { requestFingerprint } from '../server/request-consent';

// The session behind this request's cookie, checked once per request: signed in, or (secondFactorDue)
// only through the password, for an account with a second factor.
export const getStaffSession = cache(async (): Promise<ValidSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!isWellFormedToken(token)) return null;
  return validateStaffSession(token);
});

/** Where an account without the second factor that the rules require goes to add one. */
export const SECOND_FACTOR_SETUP = '/admin/account?required=1';

// Signed-in staff of any role, or off to sign in (or to the second step, for a browser that has
// passed only the password), which brings them back to this page. When every account must have a
// second factor, one without reaches only its account page (`settingUp`), to add one.
export async function requireStaff(options: { settingUp?: boolean } = {}): Promise<ValidSession> {
  const session = await getStaffSession();
  if (session && !session.secondFactorDue && (!session.secondFactorMissing || options.settingUp)) return session;
  const here = (await headers()).get(PATH_HEADER);
  if (session?.secondFactorMissing && !session.secondFactorDue) redirect(SECOND_FACTOR_SETUP);
  redirect(withReturnPath(session ? '/admin/sign-in/verify' : '/admin/sign-in', here));
}

// Admins only; other staff get a 403 page.
export async function requireAdmin(): Promise<ValidSession> {
  const session = await requireStaff();
  if (session.user.role !== 'ADMIN') forbidden();
  return session;
}

// The browser at the second step of signing in; one signed in already goes to the back office, and
// one with no session (or whose ten minutes are over) to the sign-in page.
export async function requireSecondStep(): Promise<ValidSession> {
  const session = await getStaffSession();
  if (!session) redirect('/admin/sign-in?expired=1');
  if (!session.secondFactorDue) redirect('/admin');
  return session;
}

async function setSessionCookie(userId: string, methods: AuthMethod[]) {
  const token = generateToken();
  const session = await createStaffSession(token, userId, await requestFingerprint(), methods);
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieAttributes(session.expiresAt));
  return session;
}

// Signs this browser in as `userId` after its password, or a passkey (a fresh token, so no earlier cookie can
// be reused). A password alone, for an account with a second factor, opens only the second step.
export async function startStaffSession(
  userId: string,
  methods: AuthMethod[] = ['PASSWORD'],
): Promise<{ secondFactorDue: boolean }> {
  return setSessionCookie(userId, methods);
}

// The second step passed: the browser gets a new token for a full session, and the half-way one ends.
export async function completeSecondStep(pending: ValidSession, method: AuthMethod): Promise<void> {
  await setSessionCookie(pending.user.id, [...pending.methods, method]);
  await deleteStaffSession(pending.sessionId);
}

// Signs this browser out (signed in, or half-way through signing in): the row goes, and so does the cookie.
export async function endStaffSession(): Promise<void> {
  const session = await getStaffSession();
  if (session) await deleteStaffSession(session.sessionId);
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/', secure: true });
}
