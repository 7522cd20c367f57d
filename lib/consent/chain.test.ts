import { describe, expect, it } from 'vitest';
import { type ChainedContent, type ChainedRow, digestContent, GENESIS, linkHash, verifyChain } from './chain';
import { saltedHash, truncateIp } from './fingerprint';

function chain(contents: ChainedContent[]): ChainedRow[] {
  let prev: string | null = null;
  return contents.map((c, i) => {
    const digest = digestContent(c);
    const hash = linkHash(prev, digest);
    const row = { ...c, id: BigInt(i + 1), digest, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

const content = (action: string, i: number): ChainedContent => ({
  kind: 'COOKIES',
  consentId: `id-${i}`,
  action,
  categories: ['necessary'],
  source: 'banner',
  policyVersion: '2017-11-24',
  policyHash: 'h',
  email: null,
  wording: null,
  wordingHash: null,
  ipHash: null,
  uaHash: null,
  createdAt: new Date(1_800_000_000_000 + i),
});

describe('consent record chain', () => {
  const rows = chain(['accept', 'reject', 'withdraw', 'gpc'].map(content));

  it('verifies an untouched chain', () => {
    expect(verifyChain(rows)).toEqual({ ok: true, checked: 4, lastHash: rows[3]?.hash });
    const half = verifyChain(rows.slice(0, 2));
    expect(half.ok && verifyChain(rows.slice(2), half)).toEqual({ ok: true, checked: 4, lastHash: rows[3]?.hash });
    expect(rows[0]?.prevHash).toBeNull();
    expect(rows[0]?.hash).not.toBe(linkHash(`${GENESIS}-other`, rows[0]!.digest));
  });

  it('finds a changed field', () => {
    const tampered = rows.map((r) => (r.id === 2n ? { ...r, action: 'accept' } : r));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, brokenAt: 2n, checked: 1, reason: expect.stringMatching(/content was changed/) });
  });

  it('finds a removed row and a rehashed row', () => {
    expect(verifyChain(rows.filter((r) => r.id !== 2n))).toMatchObject({ ok: false, brokenAt: 3n });
    const forged = rows.map((r) => (r.id === 2n ? { ...r, action: 'accept', digest: digestContent({ ...r, action: 'accept' }) } : r));
    expect(verifyChain(forged)).toMatchObject({ ok: false, brokenAt: 2n, reason: expect.stringMatching(/hash does not match/) });
  });
});

describe('fingerprints', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['::ffff:203.0.113.77', '203.0.113.0'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['not an ip', null],
  ])('truncates %s to %s', (ip, expected) => {
    expect(truncateIp(ip)).toBe(expected);
  });

  it('hashes with the salt and keeps 16 hex characters', () => {
    const a = saltedHash('salt-1', '203.0.113.0');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(saltedHash('salt-2', '203.0.113.0')).not.toBe(a);
    expect(saltedHash('salt-1', null)).toBeNull();
  });
});
