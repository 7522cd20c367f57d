// Server-bound (database, env); the pure rules it applies live beside it in lib/consent.
// Records a cookie choice and works out the cookies to set and delete: the server half of the
// banner and the settings page, used by POST /consent.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { type ConsentCookie, serializeConsentCookie } from '../consent/cookie';
import { decide } from '../consent/decide';
import { analyticsCookiesToClear, expireCookieHeaders } from '../consent/ga-cookies';
import { fingerprintRequest } from '../consent/request-fingerprint';
import { appendConsentRecord } from '../data/consent/records';
import { getSecrets } from '../data/site/secrets';
import { consentContentHash, currentPolicy, currentPolicyHash } from '../policy/index';
import type { ConsentForm } from '../validations/consent';

export type SaveChoiceInput = {
  form: ConsentForm;
  previous: ConsentCookie | null;
  gpc: boolean;
  host: string;
  presentCookieNames: string[];
  /** The client's address, by the trusted-proxy rule (lib/server/request-client.ts). */
  ip: string | null;
  userAgent: string | null;
};

export type SavedChoice = { cookieValue: string; expireHeaders: string[] };

// Appends the proof first: if it cannot be stored, nothing changes for the visitor.
export async function saveChoice(input: SaveChoiceInput): Promise<SavedChoice> {
  const now = Math.floor(Date.now() / 1000);
  const decision = decide({
    previous: input.previous,
    choice: input.form.choice,
    analytics: input.form.analytics === 'yes',
    gpc: input.gpc,
    contentHash: consentContentHash,
    now,
    newConsentId: randomUUID,
  });
  await appendConsentRecord({
    kind: 'COOKIES',
    consentId: decision.cookie.consentId,
    action: decision.action,
    categories: decision.categories,
    source: input.form.source,
    policyVersion: currentPolicy.id,
    policyHash: currentPolicyHash,
    ...fingerprintRequest((await getSecrets()).consentHashSalt, input.ip, input.userAgent),
  });
  return {
    cookieValue: serializeConsentCookie(decision.cookie, (await getSecrets()).consentCookie),
    expireHeaders: decision.cookie.analytics
      ? []
      : expireCookieHeaders(analyticsCookiesToClear(input.presentCookieNames), input.host),
  };
}
