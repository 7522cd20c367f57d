// The policy version in force and its history, with the hashes consent records and the banner refer to.
import { hashConsentContent, hashPolicyContent, versionConsentHash } from './hash';
import type { PolicyVersion } from './types';
import { publishedVersions } from './versions';

export type { PolicyBlock, PolicyCookie, PolicySection, PolicyVersion } from './types';

/** Every published version, oldest first; the last one is in force. */
export const policyVersions: readonly PolicyVersion[] = publishedVersions;

export const currentPolicy: PolicyVersion = policyVersions.at(-1)!;

export const currentPolicyHash = hashPolicyContent(currentPolicy);

/** Changes when the policy wording or the cookie list changes: the banner asks again then. */
export const consentContentHash = hashConsentContent(currentPolicyHash);

// "24 November 2017", the way the policy states its date.
export function formatPolicyDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

// A published version by its id.
export function policyVersion(id: string): PolicyVersion | undefined {
  return policyVersions.find((v) => v.id === id);
}

// The version before `id`, if any.
export function previousVersion(id: string): PolicyVersion | undefined {
  const index = policyVersions.findIndex((v) => v.id === id);
  return index > 0 ? policyVersions[index - 1] : undefined;
}

// The version a consent decision was made under, from the start of the content hash it carries
// (the consent cookie keeps the first 16 characters); undefined when no version matches.
export function versionDecidedUnder(contentHashPrefix: string): PolicyVersion | undefined {
  if (contentHashPrefix.length < 16) return undefined;
  return policyVersions.findLast((v) => versionConsentHash(v).startsWith(contentHashPrefix));
}
