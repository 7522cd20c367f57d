// GET /privacy-policy/what-changed: the banner's "See what changed" link. The banner is the same for
// everyone asked again (it is prerendered), so this reads the visitor's consent cookie and sends them
// to what changed since the version they chose under; with no such version, to the list of versions.
import type { NextRequest } from 'next/server';
import { parseConsentCookie } from '@/lib/consent/cookie';
import { CONSENT_COOKIE } from '@/lib/consent/registry';
import { loadedSecrets } from '@/lib/data/site/secrets';
import { currentPolicy, versionDecidedUnder } from '@/lib/policy';
import { changesPage, VERSIONS_PAGE } from '@/lib/policy/addresses';
import { withSecurityHeaders } from '@/lib/security/headers';

// Answers with a 303 to the right page; personal, so no cache keeps it.
export function GET(request: NextRequest) {
  const secret = loadedSecrets()?.consentCookie;
  const cookie = secret ? parseConsentCookie(request.cookies.get(CONSENT_COOKIE)?.value, secret) : null;
  const chosenUnder = cookie ? versionDecidedUnder(cookie.contentHash) : undefined;
  const target =
    chosenUnder && chosenUnder.id !== currentPolicy.id ? changesPage(currentPolicy.id, chosenUnder.id) : VERSIONS_PAGE;
  return withSecurityHeaders(
    new Response(null, { status: 303, headers: { location: target, 'cache-control': 'private, no-store' } }),
  );
}
