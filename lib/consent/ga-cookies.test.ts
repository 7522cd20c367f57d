import { describe, expect, it } from 'vitest';
import { analyticsCookiesToClear, cookieDomainsFor, expireCookieHeaders } from './ga-cookies';

describe('analytics cookie clearing', () => {
  it('clears every GA spelling, plus id-bearing cookies the browser holds, and nothing else', () => {
    const names = analyticsCookiesToClear(['_ga_Q1W2E3', 'lumina_consent', 'other', '_gat_UA1']);
    expect(names).toEqual(
      expect.arrayContaining([
        '_ga',
        '_gat',
        '_utma',
        '__utma',
        '_utmb',
        '__utmb',
        '_utmz',
        '__utmz',
        '_ga_Q1W2E3',
        '_gat_UA1',
      ]),
    );
    expect(names).not.toContain('lumina_consent');
    expect(names).not.toContain('other');
  });

  it.each([
    ['www.luminaenergy.co.uk', [undefined, 'www.luminaenergy.co.uk', 'luminaenergy.co.uk']],
    ['www.lumina-test.co.uk:3210', [undefined, 'www.lumina-test.co.uk', 'lumina-test.co.uk']],
    ['luminaenergy.co.uk', [undefined, 'luminaenergy.co.uk']],
    ['shop.example.com', [undefined, 'shop.example.com', 'example.com']],
    ['lumina.github.io', [undefined, 'lumina.github.io']],
    ['127.0.0.1:3000', [undefined]],
    ['localhost:3000', [undefined]],
    ['[::1]:3000', [undefined]],
  ])('deletes cookies for %s at %j (public suffix list, not a regex)', (host, domains) => {
    expect(cookieDomainsFor(host)).toEqual(domains);
  });

  it('writes expired Set-Cookie headers for each name at each domain', () => {
    expect(expireCookieHeaders(['_ga'], 'www.example.co.uk')).toEqual([
      '_ga=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      '_ga=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Domain=www.example.co.uk',
      '_ga=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Domain=example.co.uk',
    ]);
  });
});
