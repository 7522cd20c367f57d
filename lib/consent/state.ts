// What the visitor should see and what may run, from their consent cookie and browser signals.
import { CONSENT_MAX_AGE_S, type ConsentCookie, shortHash } from './cookie';

export type BannerMode =
  /** First visit: ask. */
  | 'ask'
  /** A decision exists but it is over 12 months old. */
  | 'ask-again'
  /** A decision exists but the policy or its cookie list changed since: ask, and link to what changed. */
  | 'policy-changed'
  /** Global Privacy Control is on: say analytics stay off instead of asking. */
  | 'gpc'
  /** A choice was just saved: confirm it once. */
  | 'saved'
  /** Nothing to show. */
  | 'none';

export type ConsentView = {
  mode: BannerMode;
  analyticsAllowed: boolean;
  gpc: boolean;
  /** The decision in force or, when asking again, the outdated one. */
  decision: ConsentCookie | null;
};

export type ConsentInputs = {
  cookie: ConsentCookie | null;
  gpc: boolean;
  contentHash: string;
  /** Seconds since the epoch. */
  now: number;
  /** The proxy saw the cookie's notice flag on this request (it clears the flag as it goes). */
  noticePending?: boolean;
};

// True while a decision still counts: same policy and cookie list, and under 12 months old.
export function isCurrent(cookie: ConsentCookie, contentHash: string, now: number): boolean {
  return cookie.contentHash === shortHash(contentHash) && now - cookie.decidedAt < CONSENT_MAX_AGE_S;
}

// Decides the banner and whether analytics may load. Analytics need a current, explicit yes
// and no Global Privacy Control signal.
export function resolveConsent({ cookie, gpc, contentHash, now, noticePending }: ConsentInputs): ConsentView {
  const current = cookie !== null && isCurrent(cookie, contentHash, now);
  const saved = noticePending ?? cookie?.notice ?? false;
  if (gpc) {
    const acknowledged = current && cookie.gpc && !cookie.analytics;
    return { mode: acknowledged ? (saved ? 'saved' : 'none') : 'gpc', analyticsAllowed: false, gpc, decision: cookie };
  }
  if (!cookie) return { mode: 'ask', analyticsAllowed: false, gpc, decision: null };
  if (!current) {
    const changed = cookie.contentHash !== shortHash(contentHash);
    return { mode: changed ? 'policy-changed' : 'ask-again', analyticsAllowed: false, gpc, decision: cookie };
  }
  return { mode: saved ? 'saved' : 'none', analyticsAllowed: cookie.analytics, gpc, decision: cookie };
}
