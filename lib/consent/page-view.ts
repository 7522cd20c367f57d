// How a shared cache in front of the site (nginx, a CDN) can hold the prerendered pages without ever
// sending one visitor's version to another. The consent cookie is signed and carries a consent ID, so
// a cache cannot key on it; the view cookie names only the variant (and the policy it was decided
// under). The proxy resets it whenever it is wrong, and a page is marked shareable only when the view
// cookie the request carried matches the variant it was answered with: a cache never stores a page
// under another variant's key.
import { shortHash } from './cookie';
import { isShareable, type Variant } from './variant';

/** For a page every visitor in the same variant may be sent; the browser revalidates it every time
 * (its own cache does not know about cookies), a shared cache keeps it for five minutes. */
export const SHARED_PAGE = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60';
/** For anything else: the one-time notice, a corrected view cookie, every rendered page. */
export const PRIVATE_PAGE = 'private, no-store';

// The view cookie a visitor in this variant should hold: none before any decision (a first visit
// and a GPC visitor's first page are told apart by the Sec-GPC header itself).
export function viewCookieFor(variant: Variant, hasDecision: boolean, contentHash: string): string | null {
  if (!hasDecision) return null;
  // The notice is used up by this very answer; the page after it is the plain variant's.
  const settled = variant.startsWith('saved-') ? (variant.slice(6) === 'gpc' ? 'off' : variant.slice(6)) : variant;
  return `${settled}.${shortHash(contentHash).slice(0, 8)}`;
}

export type PageView = {
  /** What to do with the view cookie: set it to this value, delete it (null), or leave it (undefined). */
  viewCookie: string | null | undefined;
  cacheControl: string;
};

// The view cookie's correction and the answer's Cache-Control for a page in this variant.
export function pageView(
  variant: Variant,
  hasDecision: boolean,
  contentHash: string,
  held: string | undefined,
): PageView {
  const expected = viewCookieFor(variant, hasDecision, contentHash);
  const matches = (held ?? null) === expected;
  return {
    viewCookie: matches ? undefined : expected,
    cacheControl: matches && isShareable(variant) ? SHARED_PAGE : PRIVATE_PAGE,
  };
}
