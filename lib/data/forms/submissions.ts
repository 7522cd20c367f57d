// What every public form's storage shares: a readable reference, one row per submission key, and
// a marketing opt-in recorded (only when ticked) in the same transaction as the submission.
import { randomInt } from 'node:crypto';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { Prisma } from '../../generated/prisma/client';
import { requestSubscription } from '../newsletter/subscription';

/** Thrown by a form's `create` when the data is valid but cannot be accepted (a second competition
 * entry from one address, a survey that has closed): the person is told why, on the form. */
export class SubmissionRefused extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

// A short reference a person can read over the phone, e.g. ENQ-7K2M9Q.
export function newReference(prefix: string): string {
  return `${prefix}-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}

export type MarketingOptIn = { email: string; name?: string; company?: string; source: string };

export type StoredSubmission = { reference: string; duplicate: boolean };

export type SubmissionStore = {
  prefix: string;
  /** The reference already stored under this submission key, if any. */
  find: (submissionKey: string) => Promise<string | null>;
  /** Inserts the row; must include the reference and submission key. */
  insert: (tx: Tx, reference: string) => Promise<unknown>;
  /** `insert` is one statement: with no opt-in to record beside it, it runs without a transaction. */
  oneStatement?: boolean;
  marketing: MarketingOptIn | null;
};

// Stores a submission once per key: a resubmitted form gets the first one's reference back. It only
// inserts (nothing is looked up first): the unique index on the key settles a resubmission.
export async function storeOnce(submissionKey: string, store: SubmissionStore): Promise<StoredSubmission> {
  const reference = newReference(store.prefix);
  const { marketing } = store;
  try {
    const db = await getDb();
    if (!marketing && store.oneStatement) await store.insert(db, reference);
    else
      await db.$transaction(async (tx) => {
        await store.insert(tx, reference);
        // A ticked opt-in is recorded as its own consent and starts the double opt-in.
        if (marketing) await requestSubscription(tx, { ...marketing, submissionKey, reference });
      });
    return { reference, duplicate: false };
  } catch (error) {
    // The same submission was stored first (a resubmission, or two copies racing): answer with its reference.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await store.find(submissionKey);
      if (winner) return { reference: winner, duplicate: true };
    }
    throw error;
  }
}
