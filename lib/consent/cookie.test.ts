import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ConsentCookie, parseConsentCookie, serializeConsentCookie } from './cookie';

const cookie: ConsentCookie = {
  consentId: '0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f',
  analytics: true,
  gpc: false,
  notice: true,
  contentHash: '0123456789abcdef',
  decidedAt: 1_764_000_000,
};

const SECRET = 'a consent cookie secret of 32 characters';
// A value signed as the site would sign it, to test the format underneath the signature.
const signed = (body: string) =>
  `${body}.${createHmac('sha256', SECRET).update(`consent-cookie:v1:${body}`).digest('base64url').slice(0, 22)}`;

describe('consent cookie', () => {
  it('round-trips every field, signed', () => {
    const raw = serializeConsentCookie(cookie, SECRET);
    expect(raw).toMatch(/^1\.0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f\.101\.0123456789abcdef\.1764000000\.[\w-]{22}$/);
    expect(parseConsentCookie(raw, SECRET)).toEqual(cookie);
  });

  it('keeps only the first 16 characters of a full content hash', () => {
    const raw = serializeConsentCookie({ ...cookie, contentHash: `0123456789abcdef${'f'.repeat(48)}` }, SECRET);
    expect(parseConsentCookie(raw, SECRET)?.contentHash).toBe('0123456789abcdef');
  });

  it('ignores a cookie signed with another secret, unsigned, or with any part changed', () => {
    const raw = serializeConsentCookie(cookie, SECRET);
    expect(parseConsentCookie(raw, 'another secret of at least 32 chars!')).toBeNull();
    expect(parseConsentCookie(raw.slice(0, raw.lastIndexOf('.')), SECRET)).toBeNull();
    expect(parseConsentCookie(raw.replace('.101.', '.001.'), SECRET)).toBeNull();
    // Another visitor's consent ID planted under this signature.
    expect(
      parseConsentCookie(raw.replace(cookie.consentId, '11111111-1111-4111-8111-111111111111'), SECRET),
    ).toBeNull();
    expect(
      parseConsentCookie(signed('1.11111111-1111-4111-8111-111111111111.101.0123456789abcdef.1764000000'), SECRET),
    ).not.toBeNull();
  });

  it.each([
    undefined,
    '',
    'yes',
    '2.0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f.101.0123456789abcdef.1764000000',
    '1.0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f.121.0123456789abcdef.1764000000',
    '1.<script>.101.0123456789abcdef.1764000000',
    '1.0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f.101.0123456789abcdeg.1764000000',
    '1.0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f.101.0123456789abcdef.-1',
  ])('reads %j as no decision', (raw) => {
    expect(parseConsentCookie(raw ? signed(raw) : raw, SECRET)).toBeNull();
  });
});
