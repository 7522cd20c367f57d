import { describe, expect, it } from 'vitest';
import { CONSENT_MAX_AGE_S, type ConsentCookie } from './cookie';
import { decide } from './decide';
import { resolveConsent } from './state';

const hash = 'a'.repeat(64);
const now = 1_800_000_000;
const yes: ConsentCookie = {
  consentId: '11111111-1111-4111-8111-111111111111',
  analytics: true,
  gpc: false,
  notice: false,
  contentHash: hash.slice(0, 16),
  decidedAt: now - 60,
};
const base = { gpc: false, contentHash: hash, now };

describe('resolveConsent', () => {
  it('asks on a first visit and allows nothing', () => {
    expect(resolveConsent({ ...base, cookie: null })).toMatchObject({ mode: 'ask', analyticsAllowed: false });
  });

  it('allows analytics only after a current yes', () => {
    expect(resolveConsent({ ...base, cookie: yes })).toMatchObject({ mode: 'none', analyticsAllowed: true });
    expect(resolveConsent({ ...base, cookie: { ...yes, analytics: false } })).toMatchObject({
      mode: 'none',
      analyticsAllowed: false,
    });
  });

  it('asks again, with analytics off, saying the policy or cookie list changed', () => {
    expect(resolveConsent({ ...base, cookie: yes, contentHash: 'b'.repeat(64) })).toMatchObject({
      mode: 'policy-changed',
      analyticsAllowed: false,
    });
    // Changed and a year old: the change is what the visitor is told about.
    const old = { ...yes, decidedAt: now - CONSENT_MAX_AGE_S };
    expect(resolveConsent({ ...base, cookie: old, contentHash: 'b'.repeat(64) }).mode).toBe('policy-changed');
  });

  it('asks again after 12 months', () => {
    const old = { ...yes, decidedAt: now - CONSENT_MAX_AGE_S };
    expect(resolveConsent({ ...base, cookie: old })).toMatchObject({ mode: 'ask-again', analyticsAllowed: false });
    expect(resolveConsent({ ...base, cookie: { ...old, decidedAt: old.decidedAt + 1 } }).mode).toBe('none');
  });

  it('treats Global Privacy Control as a refusal, even over an earlier yes, until acknowledged', () => {
    expect(resolveConsent({ ...base, gpc: true, cookie: null })).toMatchObject({
      mode: 'gpc',
      analyticsAllowed: false,
    });
    expect(resolveConsent({ ...base, gpc: true, cookie: yes })).toMatchObject({ mode: 'gpc', analyticsAllowed: false });
    const acknowledged = { ...yes, analytics: false, gpc: true };
    expect(resolveConsent({ ...base, gpc: true, cookie: acknowledged })).toMatchObject({ mode: 'none' });
  });

  it('confirms a saved choice once, when the notice is pending', () => {
    expect(resolveConsent({ ...base, cookie: yes, noticePending: true }).mode).toBe('saved');
    expect(resolveConsent({ ...base, cookie: { ...yes, notice: true }, noticePending: false }).mode).toBe('none');
  });
});

describe('decide', () => {
  const input = { previous: null, gpc: false, contentHash: hash, now, newConsentId: () => 'new-id' };

  it.each([
    ['accept', undefined, 'accept', true],
    ['reject', undefined, 'reject', false],
    ['save', true, 'custom', true],
    ['save', false, 'custom', false],
  ] as const)('%s (analytics %s) is recorded as %s', (choice, analytics, action, allowed) => {
    const d = decide({ ...input, choice, analytics });
    expect(d.action).toBe(action);
    expect(d.cookie).toMatchObject({ analytics: allowed, consentId: 'new-id', notice: true, decidedAt: now });
    expect(d.categories).toEqual(allowed ? ['necessary', 'analytics'] : ['necessary']);
  });

  it('records turning a current yes off as a withdrawal, keeping the consent id', () => {
    for (const d of [
      decide({ ...input, previous: yes, choice: 'reject' }),
      decide({ ...input, previous: yes, choice: 'save', analytics: false }),
    ]) {
      expect(d.action).toBe('withdraw');
      expect(d.cookie).toMatchObject({ analytics: false, consentId: yes.consentId });
    }
  });

  it('never grants analytics under Global Privacy Control', () => {
    const d = decide({ ...input, gpc: true, choice: 'accept' });
    expect(d).toMatchObject({ action: 'gpc', cookie: { analytics: false, gpc: true } });
    expect(decide({ ...input, gpc: true, choice: 'gpc' }).action).toBe('gpc');
  });

  it('produces a cookie that resolves as current', () => {
    const d = decide({ ...input, choice: 'accept' });
    expect(resolveConsent({ ...base, cookie: { ...d.cookie, notice: false } })).toMatchObject({
      analyticsAllowed: true,
    });
  });
});
