import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieRegistry } from '../consent/registry';
import { hashConsentContent, hashCookieRegistry, hashPolicyContent } from './hash';
import { consentContentHash, currentPolicy, currentPolicyHash, formatPolicyDate, policyVersions } from './index';

// The published text as the company supplied it (copy of shared/seed/privacy-policy.txt).
const seedPath = path.join(import.meta.dirname, 'versions/2017-11-24.source.txt');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('privacy policy content', () => {
  it('has the nine numbered sections of the published policy', () => {
    expect(currentPolicy.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Privacy Policy',
      '2. What information do we collect about you?',
      '3. What is a Cookie?',
      '4. How we will use the information about you?',
      '5. Marketing',
      '6. Access to your information and correction',
      '7. Updating Information',
      '8. Changes to our Privacy Policy',
      '9. Contact Us',
    ]);
  });

  it('keeps every sentence of the seed text word for word', async () => {
    const seed = normalise(await readFile(seedPath, 'utf8').catch(() => ''));
    expect(seed, `seed policy missing at ${seedPath}`).not.toBe('');
    const sentences = currentPolicy.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'subheading' ? [b.text] : b.type === 'list' ? b.items : [])),
    );
    expect(sentences.length).toBeGreaterThan(25);
    for (const sentence of sentences) expect(seed).toContain(normalise(sentence));
  });

  it('matches the hash recorded when each version was published', () => {
    for (const version of policyVersions) {
      expect(hashPolicyContent(version), `policy ${version.id} was edited: publish a new version instead`).toBe(
        version.recordedHash,
      );
    }
    expect(currentPolicyHash).toBe(currentPolicy.recordedHash);
  });

  it('detects a change of a single word', () => {
    const edited = structuredClone(currentPolicy);
    const first = edited.sections[0]?.blocks[0];
    if (first?.type !== 'paragraph') throw new Error('expected the first block to be a paragraph');
    first.text = first.text.replace('wholly-owned', 'partly-owned');
    expect(hashPolicyContent(edited)).not.toBe(currentPolicyHash);
  });

  it('changes the consent hash when the cookie list changes', () => {
    const withExtraCookie = [...cookieRegistry, { ...cookieRegistry[1]!, name: '_new' }];
    expect(hashConsentContent(currentPolicyHash, hashCookieRegistry(withExtraCookie))).not.toBe(consentContentHash);
    expect(hashConsentContent(currentPolicyHash)).toBe(consentContentHash);
  });

  it('states its date the way the policy does', () => {
    expect(formatPolicyDate(currentPolicy.lastUpdated)).toBe('24 November 2017');
  });
});
