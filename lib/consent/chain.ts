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

export type ChainedRow = ChainedContent & { id: bigint; digest: string; prevHash: string | null; hash: string };

export type ChainVerdict =
  | { ok: true; checked: number; lastHash: string | null }
  | { ok: false; checked: number; brokenAt: bigint; reason: string };

/** Where a verification run resumes: after `checked` rows ending in `lastHash`. */
export type ChainCursor = { checked: number; lastHash: string | null };

export const GENESIS = 'lumina-consent-ledger-v1';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// Digest of one record's content, with a fixed field order so it never depends on object layout.
export function digestContent(c: ChainedContent): string {
  return sha256(
    JSON.stringify([
      c.kind, c.consentId, c.action, [...c.categories], c.source, c.policyVersion, c.policyHash,
      c.email, c.wording, c.wordingHash, c.ipHash, c.uaHash, c.createdAt.toISOString(),
    ]),
  );
}

// The hash of a row, linking its digest to the row before it (GENESIS for the first).
export function linkHash(prevHash: string | null, digest: string): string {
  return sha256(`${prevHash ?? GENESIS}\n${digest}`);
}

// Walks rows in id order and reports the first one whose content or link does not add up.
// Pass the previous verdict as `from` to continue over the next page of rows.
export function verifyChain(rows: Iterable<ChainedRow>, from: ChainCursor = { checked: 0, lastHash: null }): ChainVerdict {
  let prev = from.lastHash;
  let checked = from.checked;
  for (const row of rows) {
    const fail = (reason: string): ChainVerdict => ({ ok: false, checked, brokenAt: row.id, reason });
    if (row.prevHash !== prev) return fail('its link to the previous record does not match (a record was removed or inserted)');
    if (digestContent(row) !== row.digest) return fail('its content was changed after it was recorded');
    if (linkHash(prev, row.digest) !== row.hash) return fail('its hash does not match its content and link');
    prev = row.hash;
    checked++;
  }
  return { ok: true, checked, lastHash: prev };
}
