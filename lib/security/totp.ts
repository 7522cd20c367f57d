// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30-second steps) through @oslojs/otp. A code
// is valid for the step before and after the current one, and each step's code is accepted once.
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';

export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;

// A new 160-bit key (RFC 4226's recommended length), for a person to add to their app.
export function generateTotpKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(20));
}

// The key as people type it into an app by hand: base32, in groups of four.
export function totpKeyText(key: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(key).replace(/(.{4})(?=.)/g, '$1 ');
}

// The key back from its text (spaces ignored); the stored form is the same text, sealed.
export function totpKeyFromText(text: string): Uint8Array {
  return decodeBase32IgnorePadding(text.replace(/\s/g, ''));
}

// The otpauth:// address an app reads from the QR code.
export function totpKeyUri(issuer: string, account: string, key: Uint8Array): string {
  return createTOTPKeyURI(issuer, account, key, TOTP_PERIOD_S, TOTP_DIGITS);
}

// The time step a moment falls in.
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S);
}

// A code as typed (spaces allowed, "123 456"), or null when it is not six digits.
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/\s/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

// The step whose code `code` is, within one step either side of now and later than `lastStep`
// (the last one accepted), or null: a code already used, too old, or wrong.
export function matchTotpStep(key: Uint8Array, code: string, lastStep: number | null, now: Date): number | null {
  const current = totpStep(now);
  for (const step of [current - 1, current, current + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, code)) return step;
  }
  return null;
}
