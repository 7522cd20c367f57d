import type { NextConfig } from 'next';
import { MISSING_HEADER, VARIANT_HEADER } from './lib/consent/request-headers';
import { FIRST_VISIT } from './lib/consent/variant';
import { MISSING_PAGE, variantPath } from './lib/prerendered';
import { FIRST_VISIT_PAGES, PRERENDERED_PAGES } from './lib/prerendered-pages';
import { SECURITY_HEADERS } from './lib/security/headers';

/** A copy's address with the variant left to the rewrite's header match. */
const copyOf = (page: string) => variantPath(':variant', page);

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time: PGlite and the schema engine read their own .wasm files.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/schema-engine-wasm',
    '@node-rs/argon2',
  ],
  poweredByHeader: false,
  // proxy.ts refuses larger posts first, with a 413 and a message; this is the backstop.
  // authInterrupts: forbidden() answers staff who lack the admin role with a 403 page.
  // sri: every script tag carries its hash, so a prerendered page's policy can allow Next.js's own
  // scripts by hash (scripts/prerendered-csp.ts collects them with the inline ones).
  // inlineCss: the site's CSS (14 kB) arrives in the page, so a phone paints it without first waiting
  // a round trip per stylesheet; a rendered page's <style> carries its nonce, a prerendered one's hash.
  experimental: {
    serverActions: { bodySizeLimit: '640kb' },
    authInterrupts: true,
    sri: { algorithm: 'sha256' },
    inlineCss: true,
  },
  reactStrictMode: true,
  // proxy.ts decides; these carry it out as internal rewrites (NextResponse.rewrite would send an
  // absolute "localhost" address, which Next.js fetches over HTTP when started with --hostname).
  rewrites() {
    const variant = { type: 'header' as const, key: VARIANT_HEADER, value: '(?<variant>[a-z-]+)' };
    const missing = {
      source: '/:path*',
      has: [{ type: 'header' as const, key: MISSING_HEADER }, variant],
      destination: copyOf(MISSING_PAGE),
    };
    const copies = PRERENDERED_PAGES.map((page) => ({ source: page, has: [variant], destination: copyOf(page) }));
    // A first visit the proxy did not see (its matcher): the first visit's copy.
    const first = FIRST_VISIT_PAGES.map((page) => ({
      source: page,
      missing: [{ type: 'header' as const, key: VARIANT_HEADER }],
      destination: variantPath(FIRST_VISIT, page),
    }));
    // Any address no route claims: the 404 page of the visitor's variant.
    const unclaimed = { source: '/:path*', has: [variant], destination: copyOf(MISSING_PAGE) };
    return Promise.resolve({ beforeFiles: [missing, ...copies, ...first], afterFiles: [], fallback: [unclaimed] });
  },
  // Every response, static files included; proxy.ts adds them to its own refusals and sets the CSP.
  headers() {
    const headers = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    return Promise.resolve([{ source: '/:path*', headers }]);
  },
};

export default nextConfig;
