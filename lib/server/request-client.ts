// This request's client address and fingerprint under the operator's trusted-proxy rule: the one
// place server code asks who is asking.
import 'server-only';
import { fingerprintRequest } from '../consent/request-fingerprint';
import { getSecrets } from '../data/site/secrets';
import { env } from '../env';
import { clientIp, requestOrigin } from '../security/request-facts';

type HeaderSource = { get(name: string): string | null };

// The client's address for rate limits, lockouts and the audit log.
export function requestIp(headers: HeaderSource): string | null {
  return clientIp(headers, env.TRUSTED_PROXY_HOPS);
}

// Hashed, truncated address and browser, for consent records, sessions and the audit log.
export async function fingerprintOf(headers: HeaderSource) {
  return fingerprintRequest((await getSecrets()).consentHashSalt, requestIp(headers), headers.get('user-agent'));
}

// The origins this site answers on: its SITE_URL, and the one the visitor used (trusted-proxy rule).
export function siteOrigins(headers: HeaderSource): (string | null)[] {
  return [new URL(env.SITE_URL).origin, requestOrigin(headers, env.TRUSTED_PROXY_HOPS)];
}
