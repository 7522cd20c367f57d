// Content hashes that make any change of policy wording, or of the cookie list, detectable.
import { createHash } from 'node:crypto';
import { cookieRegistry } from '../consent/registry';
import type { PolicyVersion } from './types';

// Hex sha256 of UTF-8 text: policy, cookie list and consent wording hashes all use it.
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Hash of what the visitor reads: id, date and every word of every section.
export function hashPolicyContent(policy: Pick<PolicyVersion, 'id' | 'lastUpdated' | 'sections'>): string {
  return sha256(JSON.stringify({ id: policy.id, lastUpdated: policy.lastUpdated, sections: policy.sections }));
}

// Hash of the cookie list the policy's table and the banner show (patterns as their source text).
export function hashCookieRegistry(registry = cookieRegistry): string {
  return sha256(JSON.stringify(registry.map((c) => ({ ...c, pattern: c.pattern?.source ?? null }))));
}

// One hash standing for both the policy wording and the cookie list.
export function hashConsentContent(policyHash: string, registryHash = hashCookieRegistry()): string {
  return sha256(`${policyHash}:${registryHash}`);
}
