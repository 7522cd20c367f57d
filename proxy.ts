// Runs before every page: refuses cross-site, oversized and unreadable form posts (Next.js would answer 500), a fresh CSP nonce, the current path for the banner's no-JS forms, and the
// one-time "choice saved" notice, which it passes to this render and clears from the cookie.
import { type NextRequest, NextResponse } from 'next/server';
import { consentCookieAttributes } from './lib/consent/cookie-attributes';
import { parseConsentCookie, serializeConsentCookie } from './lib/consent/cookie';
import { CONSENT_COOKIE } from './lib/consent/registry';
import { NONCE_HEADER, NOTICE_HEADER, PATH_HEADER } from './lib/consent/request-headers';
import { INVALID_UNSUBSCRIBE_LINK, subscriberFromToken } from './lib/email/unsubscribe-link';
import { env } from './lib/env';
import { buildCsp, createNonce } from './lib/security/csp';
import { errorPage } from './lib/security/error-page';
import { MAX_FORM_BODY_BYTES, MAX_LONG_FORM_BODY_BYTES, refusePost, UNREADABLE_FORM, unreadableForm } from './lib/security/post-guard';
import { isHttps } from './lib/security/request-facts';
import { isSlug } from './lib/slug';

const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[^/]+\/one-click$/;
const LONG_FORMS = /^\/admin\/(newsletters(\/|$)|subscribers\/import$)/;
const UNSUBSCRIBE_PAGE = /^\/unsubscribe\/([^/]*)$/;
// A competition's or survey's address is a slug; anything else is answered with the site's 404 page.
const SLUG_PAGE = /^\/(competitions|surveys)\/([^/]+)$/;

// Next.js calls this for every matched request, before any page or action.
export async function proxy(request: NextRequest) {
  if (request.method === 'POST') {
    const refusal = refusePost({
      // Mail providers make the one-click unsubscribe post from their own servers (RFC 8058).
      origin: ONE_CLICK_UNSUBSCRIBE.test(request.nextUrl.pathname) ? null : request.headers.get('origin'),
      host: request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
      contentLength: request.headers.get('content-length'),
      maxBytes: LONG_FORMS.test(request.nextUrl.pathname) ? MAX_LONG_FORM_BODY_BYTES : MAX_FORM_BODY_BYTES,
    });
    if (refusal) return errorPage(refusal.status, refusal.title, refusal.message, request.nextUrl.pathname);
    if (await unreadableForm(request.headers.get('content-type'), () => request.clone().formData())) {
      return errorPage(UNREADABLE_FORM.status, UNREADABLE_FORM.title, UNREADABLE_FORM.message, request.nextUrl.pathname);
    }
  }
  // An altered unsubscribe link gets a 400 here: a page's notFound() would arrive blank without JavaScript.
  const unsubscribeToken = UNSUBSCRIBE_PAGE.exec(request.nextUrl.pathname)?.[1];
  if (request.method === 'GET' && unsubscribeToken !== undefined && !subscriberFromToken(unsubscribeToken)) {
    return errorPage(400, 'This unsubscribe link isn’t valid', INVALID_UNSUBSCRIBE_LINK, '/');
  }
  const nonce = createNonce();
  const https = isHttps(request.nextUrl.protocol, request.headers.get('x-forwarded-proto'));
  const consent = parseConsentCookie(request.cookies.get(CONSENT_COOKIE)?.value);
  const csp = buildCsp({
    nonce,
    dev: process.env.NODE_ENV === 'development',
    // Google's hosts are allowed only for a visitor who said yes, on a site with analytics configured.
    analytics: Boolean(env.GA_MEASUREMENT_ID) && consent?.analytics === true,
    https,
  });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set('content-security-policy', csp);
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.delete(NOTICE_HEADER);

  const showNotice = request.method === 'GET' && consent?.notice === true;
  if (showNotice) headers.set(NOTICE_HEADER, '1');

  const slug = SLUG_PAGE.exec(request.nextUrl.pathname);
  const malformed = slug !== null && !isSlug(slug[2]!);
  // The site's own 404 page, rendered whole (a page's notFound() streams an empty shell without JavaScript).
  const response = malformed ? NextResponse.rewrite(new URL('/not-found', request.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
  // The Mailbox's and newsletters' email previews set their own, stricter policy (and may be framed by the back office).
  if (!/^\/admin\/(mailbox|newsletters)\/[^/]+\/html$/.test(request.nextUrl.pathname)) response.headers.set('content-security-policy', csp);
  if (showNotice && consent) {
    response.cookies.set(CONSENT_COOKIE, serializeConsentCookie({ ...consent, notice: false }), consentCookieAttributes(https));
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|consent$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
