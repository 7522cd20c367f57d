import { generateHOTP } from '@oslojs/otp';
import { describe, expect, it } from 'vitest';
import {
  generateTotpKey,
  matchTotpStep,
  normaliseTotpCode,
  totpKeyFromText,
  totpKeyText,
  totpKeyUri,
  totpStep,
} from './totp';

const key = generateTotpKey();
const now = new Date('2026-12-02T12:00:10Z');
const step = totpStep(now);
const codeAt = (s: number) => generateHOTP(key, BigInt(s), 6);

describe('matchTotpStep', () => {
  it('accepts the current step and one either side, and says which', () => {
    expect(matchTotpStep(key, codeAt(step), null, now)).toBe(step);
    expect(matchTotpStep(key, codeAt(step - 1), null, now)).toBe(step - 1);
    expect(matchTotpStep(key, codeAt(step + 1), null, now)).toBe(step + 1);
  });

  it('refuses codes two steps away or more', () => {
    expect(matchTotpStep(key, codeAt(step - 2), null, now)).toBeNull();
    expect(matchTotpStep(key, codeAt(step + 2), null, now)).toBeNull();
  });

  it('refuses a code whose step was already accepted, or an earlier one', () => {
    expect(matchTotpStep(key, codeAt(step), step, now)).toBeNull();
    expect(matchTotpStep(key, codeAt(step - 1), step, now)).toBeNull();
    expect(matchTotpStep(key, codeAt(step + 1), step, now)).toBe(step + 1);
  });

  it('refuses a code made with another key', () => {
    const other = generateTotpKey();
    expect(matchTotpStep(key, generateHOTP(other, BigInt(step), 6), null, now)).toBeNull();
  });
});

describe('codes and keys as people type them', () => {
  it('takes six digits with spaces, nothing else', () => {
    expect(normaliseTotpCode(' 123 456 ')).toBe('123456');
    expect(normaliseTotpCode('12345')).toBeNull();
    expect(normaliseTotpCode('12345a')).toBeNull();
    expect(normaliseTotpCode('1234567')).toBeNull();
  });

  it('shows the key in groups of four and reads it back', () => {
    const text = totpKeyText(key);
    expect(text).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{4}$/);
    expect(totpKeyFromText(text)).toEqual(key);
  });

  it('gives apps an otpauth address with the issuer and account', () => {
    const uri = new URL(totpKeyUri('Lumina Energy', 'ada@lumina.test', key));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('issuer')).toBe('Lumina Energy');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(decodeURIComponent(uri.pathname)).toContain('ada@lumina.test');
  });
});
