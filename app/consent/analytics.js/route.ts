// GET /consent/analytics.js: Google Analytics for a visitor whose consent cookie says yes (and whose
// browser sends no Global Privacy Control signal); a comment for anyone else. Only the loader on a
// page for a visitor who said yes asks for it; the check here makes sure of it.
import { gaBootstrap } from '@/lib/consent/ga-bootstrap';
import { env } from '@/lib/env';
import { getRequestConsent } from '@/lib/server/request-consent';

// Per visitor, so no shared cache may keep it.
export async function GET() {
  const consent = await getRequestConsent();
  const body = consent.analyticsAllowed
    ? gaBootstrap(env.GA_MEASUREMENT_ID)
    : '/* No analytics without your consent. */\n';
  return new Response(body, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'private, no-store' },
  });
}
