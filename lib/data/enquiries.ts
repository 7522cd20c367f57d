// Quick Enquiry storage: the enquiry and, only when the box was ticked, its marketing consent.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { getDb } from '../db/client';
import { Prisma } from '../generated/prisma/client';
import { MARKETING_WORDING } from '../forms/marketing';
import { currentPolicy, currentPolicyHash } from '../policy';
import type { Enquiry } from '../validations/enquiry';
import { appendConsentRecord, type Tx } from './consent-records';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

// A short reference a person can read over the phone, e.g. ENQ-7K2M9Q.
export function newReference(prefix: string): string {
  return `${prefix}-${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
}

// Records a marketing opt-in with the wording shown, and adds the address as a subscriber awaiting
// confirmation (double opt-in): it is never mailed until the person confirms.
export async function recordMarketingOptIn(tx: Tx, input: { email: string; name?: string; company?: string; source: string }) {
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
      wordingHash: createHash('sha256').update(MARKETING_WORDING, 'utf8').digest('hex'),
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

// The reference of the enquiry already stored for this form render, if any.
export async function findEnquiryReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (await db.enquiry.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null;
}

export type StoredEnquiry = { reference: string; duplicate: boolean };

// Stores one enquiry per submission key: a resubmitted form gets the first one's reference back.
export async function createEnquiry(input: Enquiry, submissionKey: string): Promise<StoredEnquiry> {
  const db = await getDb();
  const existing = await findEnquiryReference(submissionKey);
  if (existing) return { reference: existing, duplicate: true };
  try {
    const reference = newReference('ENQ');
    await db.$transaction(async (tx) => {
      await tx.enquiry.create({
        data: {
          reference,
          submissionKey,
          name: input.name,
          email: input.email,
          phone: input.phone || null,
          company: input.company,
          message: input.message,
          preferredContact: input.preferredContact,
          marketingOptIn: input.marketingOptIn,
        },
      });
      if (input.marketingOptIn) {
        await recordMarketingOptIn(tx, { email: input.email, name: input.name, company: input.company, source: 'form:enquiry' });
      }
    });
    return { reference, duplicate: false };
  } catch (error) {
    // Two copies of the same submission raced: the other one won, so answer with its reference.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findEnquiryReference(submissionKey);
      if (winner) return { reference: winner, duplicate: true };
    }
    throw error;
  }
}
