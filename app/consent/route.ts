// POST /consent: the cookie banner's and settings page's form target. A real form post, so it
// works without JavaScript: it records the choice, sets the consent cookie, deletes analytics
// cookies when they are refused, and sends the visitor back where they were.
import { type NextRequest, NextResponse } from 'next/server';
import { consentCookieAttributes } from '@/lib/consent/cookie-attributes';
import { parseConsentCookie } from '@/lib/consent/cookie';
import { CONSENT_COOKIE } from '@/lib/consent/registry';
import { saveChoice } from '@/lib/consent/server/save-choice';
import { consentFormSchema, safeReturnPath } from '@/lib/validations/consent';
import { errorPage } from '@/lib/security/error-page';
import { isHttps } from '@/lib/security/request-facts';

const MAX_BODY_BYTES = 8 * 1024;

function sameOriginPath(url: string | null, host: string): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.host === host ? parsed.pathname + parsed.search : null;
  } catch {
    return null;
  }
}

// The only handler: every cookie choice arrives here as a form post.
export async function POST(request: NextRequest) {
  const host = request.headers.get('host') ?? request.nextUrl.host;
  const origin = request.headers.get('origin');
  const back = sameOriginPath(request.headers.get('referer'), host);
  if (request.headers.get('sec-fetch-site') === 'cross-site' || (origin && sameOriginPath(origin, host) === null)) {
    return errorPage(403, 'Choice not saved', 'Cookie choices can only be made on this website.', '/');
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return errorPage(413, 'Choice not saved', 'The form sent was too large. Please try again.', back ?? '/');
  }
  const fields = await request.formData().then(
    (data) => Object.fromEntries([...data].filter(([, v]) => typeof v === 'string')),
    () => null,
  );
  const parsed = fields ? consentFormSchema.safeParse(fields) : null;
  if (!parsed?.success) {
    const message = parsed?.error.issues[0]?.message ?? 'The form could not be read. Please try again.';
    return errorPage(400, 'Choice not saved', message, back ?? '/');
  }
  const returnTo = back ?? safeReturnPath(parsed.data.returnTo);
  let saved;
  try {
    saved = await saveChoice({
      form: parsed.data,
      previous: parseConsentCookie(request.cookies.get(CONSENT_COOKIE)?.value),
      gpc: request.headers.get('sec-gpc') === '1',
      host,
      presentCookieNames: request.cookies.getAll().map((c) => c.name),
      forwardedFor: request.headers.get('x-forwarded-for'),
      userAgent: request.headers.get('user-agent'),
    });
  } catch (error) {
    console.error('Could not record a cookie choice:', error);
    return errorPage(503, 'Choice not saved', 'We could not save your choice just now. Nothing has changed; please try again in a moment.', returnTo);
  }
  const https = isHttps(request.nextUrl.protocol, request.headers.get('x-forwarded-proto'));
  const response = NextResponse.redirect(new URL(returnTo, request.nextUrl.origin), 303);
  response.headers.set('location', returnTo);
  response.headers.set('cache-control', 'no-store');
  response.cookies.set(CONSENT_COOKIE, saved.cookieValue, consentCookieAttributes(https));
  // Appended after cookies.set, which would fold same-named cookies (one per domain) into one.
  for (const header of saved.expireHeaders) response.headers.append('set-cookie', header);
  return response;
}
