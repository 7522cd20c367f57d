// The content pages made once per consent variant at build time, and where each copy lives: proxy.ts
// rewrites a visitor's request there, and refuses those addresses when asked for directly.
// (Client-safe: the footer's sign-up reads publicPath. The list of pages is in prerendered-pages.ts.)
import type { Copy } from './consent/variant';

export const PRERENDER_PREFIX = '/prerendered';

// The internal address of a page's copy for a variant: "/privacy-policy" → "/prerendered/on/privacy-policy"
// (or, for next.config.ts's rewrites, with the ":variant" its header match fills in).
export function variantPath(variant: Copy | ':variant', page: string): string {
  return `${PRERENDER_PREFIX}/${variant}${page === '/' ? '' : page}`;
}

// True for a request for a copy by its internal address, which only the proxy may send there.
export function isVariantAddress(path: string): boolean {
  return path === PRERENDER_PREFIX || path.startsWith(`${PRERENDER_PREFIX}/`);
}

/** Each variant's 404 page, under its copies: any address no route claims is answered with it. */
export const MISSING_PAGE = '/missing';

/** The manifest's key for Next.js's own 404 page (for an address inside a copy's folder that does not exist). */
export const NOT_FOUND_ADDRESS = '/_not-found';

// The public address of a page from the one Next.js rendered it under ("/prerendered/on/privacy-policy"
// → "/privacy-policy"), for code that reads the path while a copy is being made.
export function publicPath(pathname: string): string {
  if (!isVariantAddress(pathname)) return pathname;
  return pathname.slice(PRERENDER_PREFIX.length).replace(/^\/[^/]*/, '') || '/';
}
