// What every public form's storage shares: a readable reference, one row per submission key, and
// a marketing opt-in recorded (only when ticked) in the same transaction as the submission.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { getDb } from '../db/client';
import { MARKETING_WORDING } from '../forms/marketing';
import { Prisma } from '../generated/prisma/client';
import { currentPolicy, currentPolicyHash } from '../policy';
import { appendConsentRecord, type Tx } from './consent-records';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const MARKETING_WORDING_HASH = createHash('sha256').update(MARKETING_WORDING, 'utf8').digest('hex');

// A short reference a person can read over the phone, e.g. ENQ-7K2M9Q.
export function newReference(prefix: string): string {
  return `${prefix}-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}

export type MarketingOptIn = { email: string; name?: string; company?: string; source: string };

// Records a marketing opt-in with the wording shown, and adds the address as a subscriber awaiting
// confirmation (double opt-in): it is never mailed until the person confirms.
export async function recordMarketingOptIn(tx: Tx, input: MarketingOptIn) {
  await appendConsentRecord(
    {
      kind: 'MARKETING',
      consentId: randomUUID(),
      action: 'opt-in',
      categories: ['newsletter'],
      source: input.source,
      policyVersion: currentPolicy.id,
      policyHash: currentPolicyHash,
      email: input.email,
      wording: MARKETING_WORDING,
      wordingHash: MARKETING_WORDING_HASH,
      ipHash: null,
      uaHash: null,
    },
    tx,
  );
  await tx.subscriber.upsert({
    where: { email: input.email },
    create: { email: input.email, name: input.name, company: input.company, status: 'PENDING' },
    update: {},
  });
}

export type StoredSubmission = { reference: string; duplicate: boolean };

export type SubmissionStore = {
  prefix: string;
  /** The reference already stored under this submission key, if any. */
  find: (submissionKey: string) => Promise<string | null>;
  /** Inserts the row; must include the reference and submission key. */
  insert: (tx: Tx, reference: string) => Promise<unknown>;
  marketing: MarketingOptIn | null;
};

// Stores a submission once per key: a resubmitted form gets the first one's reference back.
export async function storeOnce(submissionKey: string, store: SubmissionStore): Promise<StoredSubmission> {
  const existing = await store.find(submissionKey);
  if (existing) return { reference: existing, duplicate: true };
  const reference = newReference(store.prefix);
  try {
    await (await getDb()).$transaction(async (tx) => {
      await store.insert(tx, reference);
      if (store.marketing) await recordMarketingOptIn(tx, store.marketing);
    });
    return { reference, duplicate: false };
  } catch (error) {
    // Two copies of the same submission raced: the other one won, so answer with its reference.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await store.find(submissionKey);
      if (winner) return { reference: winner, duplicate: true };
    }
    throw error;
  }
}
