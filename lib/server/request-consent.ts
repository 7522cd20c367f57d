// The visitor's consent as the server sees it on this request: cookie, GPC header and proxy notice.
import 'server-only';
import { cookies, headers } from 'next/headers';
import { fingerprintOf } from './request-client';
import { parseConsentCookie } from '../consent/cookie';
import { CONSENT_COOKIE } from '../consent/registry';
import { NONCE_HEADER, NOTICE_HEADER, PATH_HEADER } from '../consent/request-headers';
import { type ConsentView, resolveConsent } from '../consent/state';
import { loadedSecrets } from '../data/site/secrets';
import { consentContentHash } from '../policy/index';

export type RequestConsent = ConsentView & { nonce: string | undefined; path: string };

// Read once per render by the layout (banner, analytics) and the cookie settings page.
export async function getRequestConsent(): Promise<RequestConsent> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const secret = loadedSecrets()?.consentCookie;
  const view = resolveConsent({
    // Never waits on the database: while the secrets are not loaded yet (it was unreachable at start), no cookie is trusted.
    cookie: secret ? parseConsentCookie(jar.get(CONSENT_COOKIE)?.value, secret) : null,
    gpc: h.get('sec-gpc') === '1',
    contentHash: consentContentHash,
    now: Math.floor(Date.now() / 1000),
    noticePending: h.get(NOTICE_HEADER) === '1',
  });
  return { ...view, nonce: h.get(NONCE_HEADER) ?? undefined, path: h.get(PATH_HEADER) ?? '/' };
}

// Hashed, truncated address and browser of this request, for consent records, sessions and the audit log.
export async function requestFingerprint() {
  return fingerprintOf(await headers());
}
