// Who is signed in to the back office on this request. Every admin page and admin action calls
// requireStaff or requireAdmin itself; nothing relies on the proxy or a layout having checked.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { PATH_HEADER } from '../consent/request-headers';
import { requestFingerprint } from '../consent/server/request-consent';
import { createStaffSession, deleteStaffSession, type ValidSession, validateStaffSession } from '../data/staff-sessions';
import { SESSION_COOKIE, sessionCookieAttributes } from './cookie';
import { adminReturnPath } from './return-path';
import { generateToken, isWellFormedToken } from './tokens';

// The session behind this request's cookie, checked once per request.
export const getCurrentStaff = cache(async (): Promise<ValidSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!isWellFormedToken(token)) return null;
  return validateStaffSession(token);
});

// Signed-in staff of any role, or off to the sign-in page, which brings them back to this page.
export async function requireStaff(): Promise<ValidSession> {
  const session = await getCurrentStaff();
  if (!session) {
    const returnTo = adminReturnPath((await headers()).get(PATH_HEADER));
    redirect(`/admin/sign-in${returnTo ? `?next=${encodeURIComponent(returnTo)}` : ''}`);
  }
  return session;
}

// Admins only; other staff get a 403 page.
export async function requireAdmin(): Promise<ValidSession> {
  const session = await requireStaff();
  if (session.user.role !== 'ADMIN') forbidden();
  return session;
}

// Signs this browser in as `userId` (a fresh token, so no earlier cookie can be reused).
export async function startStaffSession(userId: string): Promise<void> {
  const token = generateToken();
  const session = await createStaffSession(token, userId, await requestFingerprint());
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieAttributes(session.expiresAt));
}

// Signs this browser out: the row goes, and so does the cookie.
export async function endStaffSession(): Promise<void> {
  const session = await getCurrentStaff();
  if (session) await deleteStaffSession(session.sessionId);
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/', secure: true });
}
