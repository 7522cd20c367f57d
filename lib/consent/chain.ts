// Tamper evidence for consent records: each row's hash covers its own content digest and the
// previous row's hash, so changing, inserting or removing any row breaks every link after it.
import { createHash } from 'node:crypto';

export type ChainedContent = {
  kind: string;
  consentId: string;
  action: string;
  categories: readonly string[];
  source: string;
  policyVersion: string;
  policyHash: string;
  email: string | null;
  wording: string | null;
  wordingHash: string | null;
  ipHash: string | null;
  uaHash: string | null;
  createdAt: Date;
};

/** How a row's personal columns are sealed (version 2): salted digests that outlive an erasure. */
export type PersonalSeal = {
  digestVersion: number;
  personalSalt: string | null;
  identityDigest: string | null;
  fingerprintDigest: string | null;
  identityErasedAt: Date | null;
  fingerprintErasedAt: Date | null;
};

export type ChainedRow = ChainedContent &
  PersonalSeal & { id: bigint; digest: string; prevHash: string | null; hash: string };

export type ChainVerdict =
  | { ok: true; checked: number; lastHash: string | null }
  | { ok: false; checked: number; brokenAt: bigint; reason: string };

/** Where a verification run resumes: after `checked` rows ending in `lastHash`. */
export type ChainCursor = { checked: number; lastHash: string | null };

export const GENESIS = 'lumina-consent-ledger-v1';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// Version-1 digest (rows recorded before erasure was possible): the content itself, in a fixed
// field order so it never depends on object layout.
export function digestContent(c: ChainedContent): string {
  return sha256(
    JSON.stringify([
      c.kind,
      c.consentId,
      c.action,
      [...c.categories],
      c.source,
      c.policyVersion,
      c.policyHash,
      c.email,
      c.wording,
      c.wordingHash,
      c.ipHash,
      c.uaHash,
      c.createdAt.toISOString(),
    ]),
  );
}

const identityOf = (salt: string, c: Pick<ChainedContent, 'consentId' | 'email'>) =>
  sha256(JSON.stringify([salt, c.consentId, c.email]));
const fingerprintOf = (salt: string, c: Pick<ChainedContent, 'ipHash' | 'uaHash'>) =>
  sha256(JSON.stringify([salt, c.ipHash, c.uaHash]));

function digestV2(c: ChainedContent, identityDigest: string, fingerprintDigest: string): string {
  return sha256(
    JSON.stringify([
      'v2',
      c.kind,
      identityDigest,
      fingerprintDigest,
      c.action,
      [...c.categories],
      c.source,
      c.policyVersion,
      c.policyHash,
      c.wording,
      c.wordingHash,
      c.createdAt.toISOString(),
    ]),
  );
}

// Seals new content (version 2): the digest covers salted digests of the personal columns, so
// erasing them (and the salt) later leaves the rest of the record, and the chain, verifiable.
export function sealContent(c: ChainedContent, salt: string): PersonalSeal & { digest: string } {
  const identityDigest = identityOf(salt, c);
  const fingerprintDigest = fingerprintOf(salt, c);
  return {
    digestVersion: 2,
    personalSalt: salt,
    identityDigest,
    fingerprintDigest,
    identityErasedAt: null,
    fingerprintErasedAt: null,
    digest: digestV2(c, identityDigest, fingerprintDigest),
  };
}

// Why a row's content does not match its digest, or null when it does. Erased columns are
// checked through the digests kept for them; a version-1 row's erased content cannot be.
export function contentProblem(row: ChainedRow): string | null {
  const changed = 'its content was changed after it was recorded';
  if (row.digestVersion === 1) {
    if (row.identityErasedAt || row.fingerprintErasedAt) return null;
    return digestContent(row) === row.digest ? null : changed;
  }
  if (!row.identityDigest || !row.fingerprintDigest) return changed;
  if (!row.identityErasedAt && (!row.personalSalt || identityOf(row.personalSalt, row) !== row.identityDigest))
    return changed;
  if (!row.fingerprintErasedAt && (!row.personalSalt || fingerprintOf(row.personalSalt, row) !== row.fingerprintDigest))
    return changed;
  return digestV2(row, row.identityDigest, row.fingerprintDigest) === row.digest ? null : changed;
}

// The hash of a row, linking its digest to the row before it (GENESIS for the first).
export function linkHash(prevHash: string | null, digest: string): string {
  return sha256(`${prevHash ?? GENESIS}\n${digest}`);
}

// Walks rows in id order and reports the first one whose content or link does not add up.
// Pass the previous verdict as `from` to continue over the next page of rows.
export function verifyChain(
  rows: Iterable<ChainedRow>,
  from: ChainCursor = { checked: 0, lastHash: null },
): ChainVerdict {
  let prev = from.lastHash;
  let checked = from.checked;
  for (const row of rows) {
    const fail = (reason: string): ChainVerdict => ({ ok: false, checked, brokenAt: row.id, reason });
    if (row.prevHash !== prev)
      return fail('its link to the previous record does not match (a record was removed or inserted)');
    const problem = contentProblem(row);
    if (problem) return fail(problem);
    if (linkHash(prev, row.digest) !== row.hash) return fail('its hash does not match its content and link');
    prev = row.hash;
    checked++;
  }
  return { ok: true, checked, lastHash: prev };
}
