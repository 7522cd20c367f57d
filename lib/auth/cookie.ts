// The staff session cookie: __Host- prefixed (Secure, path /, no Domain, so no other host or path
// can set or read it), httpOnly, SameSite=Lax so links from staff emails still arrive signed in.
export const SESSION_COOKIE = '__Host-lumina_staff';

// Attributes for setting the cookie until the session's own expiry.
export function sessionCookieAttributes(expires: Date) {
  return { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/', expires };
}
