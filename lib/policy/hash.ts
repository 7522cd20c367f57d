// Content hashes that make any change of policy wording, or of the cookie list, detectable.
import { createHash } from 'node:crypto';
import type { PolicyCookie, PolicyVersion } from './types';
import { type CookieDefinition, cookieRegistry } from '../consent/registry';

// Hex sha256 of UTF-8 text: policy, cookie list and consent wording hashes all use it.
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Hash of what the visitor reads: id, date and every word of every section.
export function hashPolicyContent(policy: Pick<PolicyVersion, 'id' | 'lastUpdated' | 'sections'>): string {
  return sha256(JSON.stringify({ id: policy.id, lastUpdated: policy.lastUpdated, sections: policy.sections }));
}

// The cookie list as a version records it: the registry's entries, patterns as their source text.
export function cookieListOf(registry: readonly CookieDefinition[] = cookieRegistry): PolicyCookie[] {
  return registry.map((c) => ({ ...c, pattern: c.pattern?.source ?? null }));
}

// Hash of a cookie list as recorded (key order as written, which `cookieListOf` keeps).
export function hashCookieList(cookies: readonly PolicyCookie[]): string {
  return sha256(JSON.stringify(cookies));
}

// Hash of the cookie list the policy's table and the banner show.
export function hashCookieRegistry(registry = cookieRegistry): string {
  return hashCookieList(cookieListOf(registry));
}

// One hash standing for both the policy wording and the cookie list.
export function hashConsentContent(policyHash: string, registryHash = hashCookieRegistry()): string {
  return sha256(`${policyHash}:${registryHash}`);
}

// The consent content hash a decision made under `version` carries (its wording and its cookie list).
export function versionConsentHash(version: PolicyVersion): string {
  return hashConsentContent(hashPolicyContent(version), hashCookieList(version.cookies));
}
