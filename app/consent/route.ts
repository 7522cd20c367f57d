// POST /consent: the cookie banner's and settings page's form target. A real form post, so it
// works without JavaScript: it records the choice, sets the consent cookie, deletes analytics
// cookies when they are refused, and sends the visitor back where they were.
import { type NextRequest, NextResponse } from 'next/server';
import { parseConsentCookie } from '@/lib/consent/cookie';
import { consentCookieAttributes } from '@/lib/consent/cookie-attributes';
import { CONSENT_COOKIE } from '@/lib/consent/registry';
import { getSecrets } from '@/lib/data/site/secrets';
import { env } from '@/lib/env';
import { errorText, log } from '@/lib/log/logger';
import { errorPage } from '@/lib/security/error-page';
import { isHttps } from '@/lib/security/request-facts';
import { requestIp, siteOrigins } from '@/lib/server/request-client';
import { saveChoice } from '@/lib/server/save-consent-choice';
import { consentFormSchema, refererPath, safeReturnPath } from '@/lib/validations/consent';

// The only handler: every cookie choice arrives here as a form post. proxy.ts has already refused
// posts from another site and bodies over this route's limit, like every other post.
export async function POST(request: NextRequest) {
  const host = request.headers.get('host') ?? request.nextUrl.host;
  const back = refererPath(request.headers.get('referer'), siteOrigins(request.headers));
  const fields = await request.formData().then(
    (data) => Object.fromEntries([...data].filter(([, v]) => typeof v === 'string')),
    () => null,
  );
  const parsed = fields ? consentFormSchema.safeParse(fields) : null;
  if (!parsed?.success) {
    const message = parsed?.error.issues[0]?.message ?? 'The form could not be read. Please try again.';
    return errorPage(400, 'Choice not saved', message, back ?? '/');
  }
  // The form's own return address when it has one (cookie settings names the page the visitor came
  // from); otherwise the page that sent it (a prerendered banner cannot name its own address).
  const returnTo = parsed.data.returnTo ? safeReturnPath(parsed.data.returnTo) : (back ?? '/');
  let saved;
  try {
    saved = await saveChoice({
      form: parsed.data,
      previous: parseConsentCookie(request.cookies.get(CONSENT_COOKIE)?.value, (await getSecrets()).consentCookie),
      gpc: request.headers.get('sec-gpc') === '1',
      host,
      presentCookieNames: request.cookies.getAll().map((c) => c.name),
      ip: requestIp(request.headers),
      userAgent: request.headers.get('user-agent'),
    });
  } catch (error) {
    log.error({ error: errorText(error) }, 'Could not record a cookie choice');
    return errorPage(
      503,
      'Choice not saved',
      'We could not save your choice just now. Nothing has changed; please try again in a moment.',
      returnTo,
    );
  }
  const https = isHttps(request.headers, env.TRUSTED_PROXY_HOPS);
  const response = NextResponse.redirect(new URL(returnTo, request.nextUrl.origin), 303);
  response.headers.set('location', returnTo);
  response.headers.set('cache-control', 'no-store');
  response.cookies.set(CONSENT_COOKIE, saved.cookieValue, consentCookieAttributes(https));
  // Appended after cookies.set, which would fold same-named cookies (one per domain) into one.
  for (const header of saved.expireHeaders) response.headers.append('set-cookie', header);
  return response;
}
