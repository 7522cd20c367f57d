import { describe, expect, it } from 'vitest';
import {
  type ChainedContent,
  type ChainedRow,
  digestContent,
  GENESIS,
  linkHash,
  sealContent,
  verifyChain,
} from './chain';
import { saltedHash, truncateIp } from './fingerprint';

const V1 = {
  digestVersion: 1,
  personalSalt: null,
  identityDigest: null,
  fingerprintDigest: null,
  identityErasedAt: null,
  fingerprintErasedAt: null,
};

// Version-1 rows (before erasure existed) or, with `sealed`, version-2 rows.
function chain(contents: ChainedContent[], sealed = false): ChainedRow[] {
  let prev: string | null = null;
  return contents.map((c, i) => {
    const seal = sealed ? sealContent(c, `salt-${i}`) : { ...V1, digest: digestContent(c) };
    const hash = linkHash(prev, seal.digest);
    const row = { ...c, ...seal, id: BigInt(i + 1), prevHash: prev, hash };
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
    expect(verifyChain(tampered)).toMatchObject({
      ok: false,
      brokenAt: 2n,
      checked: 1,
      reason: expect.stringMatching(/content was changed/),
    });
  });

  it('finds a removed row and a rehashed row', () => {
    expect(verifyChain(rows.filter((r) => r.id !== 2n))).toMatchObject({ ok: false, brokenAt: 3n });
    const forged = rows.map((r) =>
      r.id === 2n ? { ...r, action: 'accept', digest: digestContent({ ...r, action: 'accept' }) } : r,
    );
    expect(verifyChain(forged)).toMatchObject({
      ok: false,
      brokenAt: 2n,
      reason: expect.stringMatching(/hash does not match/),
    });
  });
});

describe('sealed records (version 2) and erasure', () => {
  const personal = (action: string, i: number): ChainedContent => ({
    ...content(action, i),
    email: `p${i}@example.com`,
    ipHash: 'ab12',
    uaHash: 'cd34',
  });
  const rows = chain(['opt-in', 'confirm', 'withdraw'].map(personal), true);
  const erased = (r: ChainedRow): ChainedRow => ({
    ...r,
    consentId: 'erased',
    email: null,
    personalSalt: null,
    ipHash: null,
    uaHash: null,
    identityErasedAt: new Date(),
    fingerprintErasedAt: new Date(),
  });

  it('verifies, and still verifies once a row’s identity and fingerprint are erased', () => {
    expect(verifyChain(rows)).toMatchObject({ ok: true, checked: 3 });
    expect(verifyChain(rows.map((r) => (r.id === 2n ? erased(r) : r)))).toMatchObject({ ok: true, checked: 3 });
    const ipOnly = rows.map((r) => ({ ...r, ipHash: null, uaHash: null, fingerprintErasedAt: new Date() }));
    expect(verifyChain(ipOnly)).toMatchObject({ ok: true, checked: 3 });
  });

  it('finds personal columns changed without being erased, and other columns changed after erasure', () => {
    const swapped = rows.map((r) => (r.id === 2n ? { ...r, email: 'someone-else@example.com' } : r));
    expect(verifyChain(swapped)).toMatchObject({
      ok: false,
      brokenAt: 2n,
      reason: expect.stringMatching(/content was changed/),
    });
    const ip = rows.map((r) => (r.id === 3n ? { ...r, ipHash: 'ffff' } : r));
    expect(verifyChain(ip)).toMatchObject({ ok: false, brokenAt: 3n });
    const rewritten = rows.map((r) => (r.id === 2n ? { ...erased(r), action: 'withdraw' } : r));
    expect(verifyChain(rewritten)).toMatchObject({ ok: false, brokenAt: 2n });
  });

  it('accepts an erased version-1 row on its link alone', () => {
    const old = chain(['accept', 'reject'].map(personal));
    expect(verifyChain(old.map((r) => (r.id === 1n ? erased(r) : r)))).toMatchObject({ ok: true, checked: 2 });
    expect(verifyChain(old.map((r) => (r.id === 1n ? { ...r, email: null } : r)))).toMatchObject({
      ok: false,
      brokenAt: 1n,
    });
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
