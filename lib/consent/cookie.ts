// The consent cookie's value: what the visitor decided, when, and against which policy and cookie list.
// Compact, signed with the site's secret (HMAC-SHA256) and strictly parsed: anything unexpected, or a
// value whose signature fails (someone else's consent ID planted), reads as "no decision".
import { createHmac, timingSafeEqual } from 'node:crypto';

export type ConsentCookie = {
  consentId: string;
  analytics: boolean;
  /** The decision was made (or forced) by a Global Privacy Control signal. */
  gpc: boolean;
  /** Show the one-time "your choice was saved" message on the next page. */
  notice: boolean;
  /** First 16 hex characters of the consent content hash (policy + cookie list) decided on. */
  contentHash: string;
  /** Seconds since the epoch. */
  decidedAt: number;
};

export const CONSENT_MAX_AGE_S = 365 * 24 * 60 * 60;

const FORMAT = /^1\.([0-9a-f-]{36})\.([01])([01])([01])\.([0-9a-f]{16})\.(\d{1,12})$/;

// Shortens a full content hash to what the cookie carries.
export function shortHash(contentHash: string): string {
  return contentHash.slice(0, 16);
}

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`consent-cookie:v1:${body}`).digest('base64url').slice(0, 22);

// "1.<id>.<analytics><gpc><notice>.<hash16>.<decidedAt>.<signature>"
export function serializeConsentCookie(c: ConsentCookie, secret: string): string {
  const flags = `${+c.analytics}${+c.gpc}${+c.notice}`;
  const body = `1.${c.consentId}.${flags}.${shortHash(c.contentHash)}.${Math.floor(c.decidedAt)}`;
  return `${body}.${sign(secret, body)}`;
}

// Reads a cookie value back; null for a missing, foreign, unsigned or tampered-with value.
export function parseConsentCookie(raw: string | undefined | null, secret: string): ConsentCookie | null {
  if (!raw || raw.length > 200) return null;
  const cut = raw.lastIndexOf('.');
  const body = raw.slice(0, cut);
  const given = Buffer.from(raw.slice(cut + 1));
  const expected = Buffer.from(sign(secret, body));
  if (cut < 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const m = FORMAT.exec(body);
  if (!m) return null;
  const [, consentId, analytics, gpc, notice, contentHash, decidedAt] = m;
  return {
    consentId: consentId!,
    analytics: analytics === '1',
    gpc: gpc === '1',
    notice: notice === '1',
    contentHash: contentHash!,
    decidedAt: Number(decidedAt),
  };
}
