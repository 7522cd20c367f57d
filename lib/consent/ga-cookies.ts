// Which analytics cookies to delete when consent is refused or withdrawn, and the Set-Cookie
// headers that delete them wherever Google Analytics may have put them.
import { getDomain } from 'tldts';
import { cookieRegistry, findCookieDefinition } from './registry';

/** Every fixed analytics cookie name, in the registry's and Google's spellings. */
export const FIXED_ANALYTICS_COOKIES: readonly string[] = cookieRegistry
  .filter((c) => c.category === 'analytics' && !c.pattern)
  .flatMap((c) => [c.name, ...(c.aliases ?? [])])
  // `_gat` is declared with a pattern (for `_gat_<id>`), so the filter above leaves it out.
  .concat('_gat');

// The analytics cookies to clear: the fixed names plus any id-bearing ones (e.g. `_ga_ABC123`) the browser sent.
export function analyticsCookiesToClear(presentNames: Iterable<string>): string[] {
  const present = [...presentNames].filter((name) => findCookieDefinition(name)?.category === 'analytics');
  return [...new Set([...FIXED_ANALYTICS_COOKIES, ...present])];
}

// The Domain attributes a cookie for this host may carry: none (host-only), the host itself, and the
// registrable domain from the public suffix list (`www.example.co.uk` gives `example.co.uk`).
export function cookieDomainsFor(host: string): (string | undefined)[] {
  const hostname = host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  const registrable = getDomain(hostname, { allowPrivateDomains: true });
  if (!registrable) return [undefined];
  return [...new Set([undefined, hostname, registrable])];
}

// Set-Cookie header values that expire each named cookie at every domain it may live on.
export function expireCookieHeaders(names: readonly string[], host: string): string[] {
  const domains = cookieDomainsFor(host);
  return names.flatMap((name) =>
    domains.map(
      (domain) =>
        `${name}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${domain ? `; Domain=${domain}` : ''}`,
    ),
  );
}
