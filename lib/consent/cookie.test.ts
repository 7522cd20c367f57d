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

describe('consent cookie', () => {
  it('round-trips every field', () => {
    const raw = serializeConsentCookie(cookie);
    expect(raw).toBe('1.0b8e6a52-3f0c-4d35-9a4e-2f1f8f1f1f1f.101.0123456789abcdef.1764000000');
    expect(parseConsentCookie(raw)).toEqual(cookie);
  });

  it('keeps only the first 16 characters of a full content hash', () => {
    const raw = serializeConsentCookie({ ...cookie, contentHash: `0123456789abcdef${'f'.repeat(48)}` });
    expect(parseConsentCookie(raw)?.contentHash).toBe('0123456789abcdef');
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
    expect(parseConsentCookie(raw)).toBeNull();
  });
});
