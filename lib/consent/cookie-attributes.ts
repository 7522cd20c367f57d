// How the consent cookie is stored: readable by the server on every page, sent only to this site.
import { CONSENT_MAX_AGE_S } from './cookie';

// httpOnly because only the server reads it; Secure whenever the site is served over HTTPS.
export function consentCookieAttributes(https: boolean) {
  return { path: '/', maxAge: CONSENT_MAX_AGE_S, sameSite: 'lax' as const, httpOnly: true, secure: https };
}
