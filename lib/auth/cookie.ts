// The staff session cookie (named in the cookie registry): __Host- prefixed (Secure, path /, no Domain, so no
// other host or path can set or read it), httpOnly, SameSite=Lax so links from staff emails still arrive signed in.

// Attributes for setting the cookie until the session's own expiry.
export function sessionCookieAttributes(expires: Date) {
  return { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/', expires };
}
