// Quick Enquiry storage.
import { getDb } from '../db/client';
import type { Enquiry } from '../validations/enquiry';
import { type StoredSubmission, storeOnce } from './submissions';

// The reference of the enquiry already stored for this form render, if any.
export async function findEnquiryReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (await db.enquiry.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null;
}

// Stores the enquiry and, only when the box was ticked, its marketing consent.
export function createEnquiry(input: Enquiry, submissionKey: string): Promise<StoredSubmission> {
  return storeOnce(submissionKey, {
    prefix: 'ENQ',
    find: findEnquiryReference,
    insert: (tx, reference) =>
      tx.enquiry.create({
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
      }),
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.name, company: input.company, source: 'form:enquiry' }
      : null,
  });
}
