import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieListOf, hashConsentContent, hashCookieList, hashCookieRegistry, hashPolicyContent } from './hash';
import {
  consentContentHash,
  currentPolicy,
  currentPolicyHash,
  formatPolicyDate,
  policyVersions,
  versionDecidedUnder,
} from './index';
import { cookieRegistry } from '../consent/registry';

// The published text as the company supplied it (copy of shared/seed/privacy-policy.txt).
const seedPath = path.join(import.meta.dirname, 'versions/2017-11-24.source.txt');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

// The version first published, which the seed text is.
const first = policyVersions[0]!;

describe('privacy policy content', () => {
  it('has the nine numbered sections of the published policy', () => {
    expect(first.sections.map((s) => `${s.number}. ${s.title}`)).toEqual([
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
    const sentences = first.sections.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.type === 'paragraph' || b.type === 'subheading' ? [b.text] : b.type === 'list' ? b.items : [],
      ),
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

  it('keeps the cookie list each version was published with, unedited', () => {
    for (const version of policyVersions) {
      expect(
        hashCookieList(version.cookies),
        `the cookie list of policy ${version.id} was edited: publish a new version instead`,
      ).toBe(version.recordedCookieHash);
    }
  });

  it('publishes a new version whenever the cookie list changes', () => {
    expect(cookieListOf(), 'the cookie registry changed: publish a new policy version (npm run policy:new)').toEqual(
      currentPolicy.cookies,
    );
    expect(hashCookieList(currentPolicy.cookies)).toBe(hashCookieRegistry());
  });

  it('lists versions oldest first, each dated, summarised and different from the one before', () => {
    const ids = policyVersions.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, version] of policyVersions.entries()) {
      expect(version.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(version.summary.trim()).not.toBe('');
      const before = policyVersions[i - 1];
      if (!before) continue;
      expect(version.lastUpdated >= before.lastUpdated, `${version.id} is dated before ${before.id}`).toBe(true);
      const changed =
        version.recordedHash !== before.recordedHash || version.recordedCookieHash !== before.recordedCookieHash;
      expect(changed, `${version.id} changes nothing from ${before.id}`).toBe(true);
    }
  });

  it('finds the version a consent decision was made under from the hash its cookie keeps', () => {
    expect(versionDecidedUnder(consentContentHash.slice(0, 16))?.id).toBe(currentPolicy.id);
    expect(versionDecidedUnder('0'.repeat(16))).toBeUndefined();
    expect(versionDecidedUnder('')).toBeUndefined();
  });

  it('detects a change of a single word', () => {
    const edited = structuredClone(first);
    const opening = edited.sections[0]?.blocks[0];
    if (opening?.type !== 'paragraph') throw new Error('expected the first block to be a paragraph');
    opening.text = opening.text.replace('wholly-owned', 'partly-owned');
    expect(hashPolicyContent(edited)).not.toBe(first.recordedHash);
  });

  it('changes the consent hash when the cookie list changes', () => {
    const withExtraCookie = [...cookieRegistry, { ...cookieRegistry[1]!, name: '_new' }];
    expect(hashConsentContent(currentPolicyHash, hashCookieRegistry(withExtraCookie))).not.toBe(consentContentHash);
    expect(hashConsentContent(currentPolicyHash)).toBe(consentContentHash);
  });

  it('states its date the way the policy does', () => {
    expect(formatPolicyDate(first.lastUpdated)).toBe('24 November 2017');
  });
});
