// The policy version in force, with the hashes consent records and the banner refer to.
import { hashConsentContent, hashPolicyContent } from './hash';
import type { PolicyVersion } from './types';
import { policy20171124 } from './versions/2017-11-24';

export type { PolicyBlock, PolicySection, PolicyVersion } from './types';

/** Every published version, oldest first; the last one is in force. */
export const policyVersions: readonly PolicyVersion[] = [policy20171124];

export const currentPolicy: PolicyVersion = policyVersions.at(-1) ?? policy20171124;

export const currentPolicyHash = hashPolicyContent(currentPolicy);

/** Changes when the policy wording or the cookie list changes: the banner asks again then. */
export const consentContentHash = hashConsentContent(currentPolicyHash);

// "24 November 2017", the way the policy states its date.
export function formatPolicyDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
