// The consent cookie's value: what the visitor decided, when, and against which policy and cookie list.
// Compact and strictly parsed: anything unexpected reads as "no decision", so the banner asks again.

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

// "1.<id>.<analytics><gpc><notice>.<hash16>.<decidedAt>"
export function serializeConsentCookie(c: ConsentCookie): string {
  const flags = `${+c.analytics}${+c.gpc}${+c.notice}`;
  return `1.${c.consentId}.${flags}.${shortHash(c.contentHash)}.${Math.floor(c.decidedAt)}`;
}

// Reads a cookie value back; null for a missing, foreign or tampered-with value.
export function parseConsentCookie(raw: string | undefined | null): ConsentCookie | null {
  if (!raw) return null;
  const m = FORMAT.exec(raw);
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
