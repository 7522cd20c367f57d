import { describe, expect, it } from 'vitest';
import { CONSENT_MAX_AGE_S, type ConsentCookie } from './cookie';
import { resolveConsent } from './state';
import { COPIES, FIRST_VISIT, isCopy, isShareable, VARIANTS, variantOf, viewOfCopy, viewOfVariant } from './variant';

const hash = 'b'.repeat(64);
const now = 1_800_000_000;
const cookie = (over: Partial<ConsentCookie>): ConsentCookie => ({
  consentId: '22222222-2222-4222-8222-222222222222',
  analytics: false,
  gpc: false,
  notice: false,
  contentHash: hash.slice(0, 16),
  decidedAt: now - 60,
  ...over,
});

// Every cookie a visitor can hold (none, each flag, outdated, expired), with and without GPC.
const cookies: (ConsentCookie | null)[] = [null];
for (const analytics of [false, true])
  for (const gpc of [false, true])
    for (const notice of [false, true]) {
      cookies.push(cookie({ analytics, gpc, notice }));
      cookies.push(cookie({ analytics, gpc, notice, contentHash: 'c'.repeat(16) }));
      cookies.push(cookie({ analytics, gpc, notice, decidedAt: now - CONSENT_MAX_AGE_S - 1 }));
    }

describe('variantOf', () => {
  it('picks a variant that renders exactly what the visitor’s own render would', () => {
    const seen = new Set<string>();
    for (const c of cookies)
      for (const gpc of [false, true]) {
        const view = resolveConsent({ cookie: c, gpc, contentHash: hash, now });
        const variant = variantOf(view);
        seen.add(variant);
        const shown = viewOfVariant(variant);
        expect(shown.mode).toBe(view.mode);
        expect(shown.analyticsAllowed).toBe(view.analyticsAllowed);
        // GPC changes the words only where the banner says something.
        if (view.mode !== 'none') expect(shown.gpc).toBe(view.gpc);
      }
    expect([...seen].sort()).toEqual([...VARIANTS].sort());
  });

  it('names first visits, refusals and GPC as their own variants', () => {
    expect(variantOf(resolveConsent({ cookie: null, gpc: false, contentHash: hash, now }))).toBe('ask');
    expect(variantOf(resolveConsent({ cookie: null, gpc: true, contentHash: hash, now }))).toBe('gpc');
    const accepted = cookie({ analytics: true });
    expect(variantOf(resolveConsent({ cookie: accepted, gpc: false, contentHash: hash, now }))).toBe('on');
    // A yes given before GPC was switched on no longer counts: GPC is asked to be acknowledged.
    expect(variantOf(resolveConsent({ cookie: accepted, gpc: true, contentHash: hash, now }))).toBe('gpc');
  });

  it('shares every page but the one-time notice', () => {
    expect(VARIANTS.filter(isShareable)).toEqual(['ask', 'again', 'changed', 'gpc', 'off', 'on']);
    expect(isCopy('on')).toBe(true);
    expect(isCopy('admin')).toBe(false);
    expect(isCopy('constructor')).toBe(false);
  });

  it('makes the first visit’s copy the “ask” page, which no visitor is sent to by the proxy', () => {
    expect(isCopy(FIRST_VISIT)).toBe(true);
    expect(COPIES).toEqual([...VARIANTS, FIRST_VISIT]);
    expect(viewOfCopy(FIRST_VISIT)).toEqual(viewOfVariant('ask'));
    expect(viewOfCopy('on')).toEqual(viewOfVariant('on'));
  });
});
