// Secrets handed to a browser or an email (session and setup tokens): random, and stored only as
// their sha256, so the database never holds anything that signs someone in.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeBase64urlNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

// 160 random bits, base32: what the cookie or the link carries.
export function generateToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

// The stored id of a token.
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

// Tokens have one exact shape; anything else is refused before touching the database.
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[a-z2-7]{32}$/.test(token);
}

// 256 random bits, base64url: the single-use links emailed to people (newsletter confirmation,
// data-request verification, a released copy of someone's data).
export function generateLinkToken(): string {
  return encodeBase64urlNoPadding(crypto.getRandomValues(new Uint8Array(32)));
}

// A link token's exact shape (43 characters); anything else is refused before touching the database.
export function isWellFormedLinkToken(token: string): boolean {
  return /^[\w-]{43}$/.test(token);
}
