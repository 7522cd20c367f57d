// Runs before every request but a first visit's GET of a content page (see `config`): refuses methods
// the site does not use, and posts from another origin, oversized or unreadable (Next.js would answer
// 500); then the visitor's consent variant (which prerendered copy of a content page to answer with,
// under that copy's script hashes), or for a rendered page a fresh CSP nonce, the current path for the
// banner's no-JS forms, and the one-time "choice saved" notice, passed to this render and cleared; and
// the view cookie a cache keys on.
import { type NextRequest, NextResponse } from 'next/server';
import { type ConsentCookie, parseConsentCookie, serializeConsentCookie } from './lib/consent/cookie';
import { consentCookieAttributes, viewCookieAttributes } from './lib/consent/cookie-attributes';
import { pageView } from './lib/consent/page-view';
import { CONSENT_COOKIE, VIEW_COOKIE } from './lib/consent/registry';
import {
  MISSING_HEADER,
  NONCE_HEADER,
  NOTICE_HEADER,
  PATH_HEADER,
  VARIANT_HEADER,
} from './lib/consent/request-headers';
import { resolveConsent } from './lib/consent/state';
import { type Variant, variantOf, viewOfVariant } from './lib/consent/variant';
import { INVALID_UNSUBSCRIBE_LINK, subscriberFromToken } from './lib/data/newsletter/unsubscribe-link';
import { loadedSecrets } from './lib/data/site/secrets';
import { env } from './lib/env';
import { consentContentHash } from './lib/policy';
import { isVariantAddress, variantPath } from './lib/prerendered';
import { PRERENDERED_PAGES } from './lib/prerendered-pages';
import { buildCsp, createNonce } from './lib/security/csp';
import { errorPage } from './lib/security/error-page';
import { bodyLimitFor, readPost } from './lib/security/post-guard';
import { notFoundHashes, prerenderedCsp } from './lib/security/prerendered-csp';
import { isHttps, isPageLoad, isPrefetch, METHOD_HEADER } from './lib/security/request-facts';
import { siteOrigins } from './lib/server/request-client';
import { isSlug } from './lib/slug';

const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[^/]+\/one-click$/;
const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'POST']);
const UNSUBSCRIBE_PAGE = /^\/unsubscribe\/([^/]*)$/;
// A competition's or survey's address is a slug; anything else is answered with the site's 404 page.
const SLUG_PAGE = /^\/(competitions|surveys)\/([^/]+)$/;

// Next.js calls this for every request `config` matches, before any page, action or route.
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const method = request.headers.get(METHOD_HEADER) || request.method;
  if (!ALLOWED_METHODS.has(method)) {
    const response = errorPage(405, 'Not allowed', `This site does not answer ${method.slice(0, 20)} requests.`, '/');
    response.headers.set('allow', [...ALLOWED_METHODS].join(', '));
    return response;
  }
  // The host a server action is told it was posted to (see below).
  let postedTo: string | null = null;
  if (request.method === 'POST') {
    const post = await readPost(request, {
      allowedOrigins: siteOrigins(request.headers),
      anyOrigin: ONE_CLICK_UNSUBSCRIBE.test(path),
      maxBytes: bodyLimitFor(path),
    });
    const { refusal } = post;
    if (refusal) return errorPage(refusal.status, refusal.title, refusal.message, path === '/consent' ? '/' : path);
    postedTo = post.siteOrigin && new URL(post.siteOrigin).host;
  }
  // An altered unsubscribe link gets a 400 here: a page's notFound() would arrive blank without JavaScript.
  const unsubscribeToken = UNSUBSCRIBE_PAGE.exec(request.nextUrl.pathname)?.[1];
  // (Should the secrets be unreadable just now, the page itself says what it can.)
  const invalid =
    unsubscribeToken !== undefined && (await subscriberFromToken(unsubscribeToken).catch(() => 'unknown')) === null;
  if (request.method === 'GET' && invalid) {
    return errorPage(400, 'This unsubscribe link isn’t valid', INVALID_UNSUBSCRIBE_LINK, '/');
  }
  const https = isHttps(request.headers, env.TRUSTED_PROXY_HOPS);
  const cookieSecret = loadedSecrets()?.consentCookie ?? null;
  const consent = cookieSecret ? parseConsentCookie(request.cookies.get(CONSENT_COOKIE)?.value, cookieSecret) : null;
  // Only the page the visitor lands on uses the notice up: a prefetch, the manifest or an icon fetched
  // at the same moment would otherwise take it, and the page would say nothing.
  const showNotice = request.method === 'GET' && isPageLoad(request.headers) && consent?.notice === true;
  const now = Math.floor(Date.now() / 1000);
  const gpc = request.headers.get('sec-gpc') === '1';
  const variant = variantOf(
    resolveConsent({ cookie: consent, gpc, contentHash: consentContentHash, now, noticePending: showNotice }),
  );
  // Google's hosts are allowed only where analytics load: a current yes, no GPC, analytics configured.
  const analytics = Boolean(env.GA_MEASUREMENT_ID) && viewOfVariant(variant).analyticsAllowed;
  // A content page is answered from its copy for this visitor's variant, without rendering, under
  // that copy's own policy; a form posted on it (a server action) is rendered as usual, with a nonce.
  const prerendered = PRERENDERED_PAGES.includes(path);
  const copyCsp =
    prerendered && request.method !== 'POST' ? prerenderedCsp(variantPath(variant, path), { analytics, https }) : null;
  const nonce = createNonce();
  const dev = process.env.NODE_ENV === 'development';
  const csp = copyCsp ?? buildCsp({ nonce, hashes: notFoundHashes(variant), dev, analytics, https });

  const headers = new Headers(request.headers);
  for (const name of [NONCE_HEADER, 'content-security-policy', NOTICE_HEADER, MISSING_HEADER, VARIANT_HEADER])
    headers.delete(name);
  // Next.js compares a server action's Origin with X-Forwarded-Host (else Host), and answers 500 when they
  // differ. The guard has judged the Origin (by the trusted-proxy rule), so Next.js is told that host.
  if (postedTo) headers.set('x-forwarded-host', postedTo);
  // A prefetched page is rendered without a nonce of its own: its elements join a document that
  // already has one, and a second nonce would be refused there. Its response still carries the policy.
  if (!copyCsp && !isPrefetch(request.headers)) {
    headers.set(NONCE_HEADER, nonce);
    headers.set('content-security-policy', csp);
  }
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  if (showNotice) headers.set(NOTICE_HEADER, '1');
  // Read by next.config.ts's rewrites: the visitor's copy of a content page, or their variant's 404 page
  // (rendered whole: a page's notFound() streams an empty shell without JavaScript).
  const slug = SLUG_PAGE.exec(request.nextUrl.pathname);
  // A prerendered copy is reached only through its page's own address.
  const malformed = (slug !== null && !isSlug(slug[2]!)) || isVariantAddress(path);
  headers.set(VARIANT_HEADER, variant);
  if (malformed) headers.set(MISSING_HEADER, '1');

  const response = NextResponse.next({ request: { headers } });
  // The Mailbox's and newsletters' email previews set their own, stricter policy (and may be framed by the back office).
  if (!/^\/admin\/(mailbox|newsletters)\/[^/]+\/html$/.test(request.nextUrl.pathname))
    response.headers.set('content-security-policy', csp);
  if (showNotice && consent && cookieSecret) {
    response.cookies.set(
      CONSENT_COOKIE,
      serializeConsentCookie({ ...consent, notice: false }, cookieSecret),
      consentCookieAttributes(https),
    );
  }
  const page = prerendered || isPageLoad(request.headers) || request.headers.get('rsc') !== null;
  if (request.method !== 'POST' && page) settleView(request, response, { variant, consent, https, now, prerendered });
  return response;
}

// Puts the view cookie right (a cache in front keys on it) and, for a prerendered copy, says whether a
// cache may keep it. (Rendered pages and routes keep their own Cache-Control; a 404 copy has its own.)
function settleView(
  request: NextRequest,
  response: NextResponse,
  o: { variant: Variant; consent: ConsentCookie | null; https: boolean; now: number; prerendered: boolean },
) {
  const view = pageView(o.variant, o.consent !== null, consentContentHash, request.cookies.get(VIEW_COOKIE)?.value);
  if (view.viewCookie && o.consent)
    response.cookies.set(VIEW_COOKIE, view.viewCookie, viewCookieAttributes(o.consent, o.https, o.now));
  else if (view.viewCookie === null) response.cookies.delete(VIEW_COOKIE);
  if (o.prerendered) response.headers.set('cache-control', view.cacheControl);
}

// Every request but Next.js's own static files, prefetches included: each response gets its headers
// and each POST the guard, whatever else the request says. Except a first visit's GET (or HEAD) of the
// home page or the policy: no cookie, no Global Privacy Control, and the method the server itself stamped
// (lib/security/peer-stamp.ts). That is the first visit's copy, with fixed headers the build wrote beside it
// (scripts/prerendered-csp.ts), served as a static file is: a proxy that only said "next" would halve
// those pages' throughput. (FIRST_VISIT_PAGES lists the pages; a matcher must be written out in full.)
export const config = {
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|privacy-policy$).+)',
    { source: '/(|privacy-policy)', missing: [{ type: 'header', key: 'x-lumina-method' }] },
    { source: '/(|privacy-policy)', has: [{ type: 'header', key: 'x-lumina-method', value: '(?!(?:GET|HEAD)$).*' }] },
    { source: '/(|privacy-policy)', has: [{ type: 'header', key: 'cookie' }] },
    { source: '/(|privacy-policy)', has: [{ type: 'header', key: 'sec-gpc' }] },
    { source: '/(|privacy-policy)', has: [{ type: 'header', key: 'x-lumina-variant' }] },
  ],
};
