import { describe, expect, it } from 'vitest';
import {
  CONSENT_COOKIE,
  VIEW_COOKIE,
  cookieCategories,
  cookieRegistry,
  cookiesIn,
  findCookieDefinition,
} from './registry';

describe('cookie registry', () => {
  it('declares every cookie the policy lists, with its expiry', () => {
    const byName = Object.fromEntries(cookieRegistry.map((c) => [c.name, c.expiry]));
    expect(byName).toMatchObject({
      _ga: '2 years',
      _gat: '1 year',
      _utma: '1 year',
      _utmb: '2 years',
      _utmz: '6 months',
    });
  });

  it('puts only the consent and view cookies and the staff sign-in cookie in the locked, strictly necessary category', () => {
    expect(cookiesIn('necessary').map((c) => c.name)).toEqual([CONSENT_COOKIE, VIEW_COOKIE, '__Host-lumina_staff']);
    expect(cookieCategories.filter((c) => c.locked).map((c) => c.id)).toEqual(['necessary']);
    expect(cookiesIn('analytics').length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['_ga', '_ga'],
    ['_ga_ABC123XYZ', '_ga_<container-id>'],
    ['_gat', '_gat'],
    ['_gat_UA123', '_gat'],
    ['__utma', '_utma'],
    ['_utmb', '_utmb'],
    ['__utmz', '_utmz'],
    [CONSENT_COOKIE, CONSENT_COOKIE],
  ])('recognises the browser cookie %s as %s', (cookie, entry) => {
    expect(findCookieDefinition(cookie)?.name).toBe(entry);
  });

  it.each(['_gid', 'session', '_ga_', 'x_ga', '_utmc'])('does not recognise the undeclared cookie %s', (cookie) => {
    expect(findCookieDefinition(cookie)).toBeUndefined();
  });

  it('has unique names and a category that exists for each cookie', () => {
    const names = cookieRegistry.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const ids = cookieCategories.map((c) => c.id);
    for (const cookie of cookieRegistry) expect(ids).toContain(cookie.category);
  });
});
