// How the consent cookie is stored: readable by the server on every page, sent only to this site.
import { CONSENT_MAX_AGE_S, type ConsentCookie } from './cookie';

// httpOnly because only the server reads it; Secure whenever the site is served over HTTPS.
export function consentCookieAttributes(https: boolean) {
  return { path: '/', maxAge: CONSENT_MAX_AGE_S, sameSite: 'lax' as const, httpOnly: true, secure: https };
}

// The view cookie lasts exactly as long as the decision it describes still counts (12 months), so
// a cache stops sending a decided visitor's page the moment they should be asked again.
export function viewCookieAttributes(decision: ConsentCookie, https: boolean, now: number) {
  return { ...consentCookieAttributes(https), maxAge: Math.max(0, decision.decidedAt + CONSENT_MAX_AGE_S - now) };
}
