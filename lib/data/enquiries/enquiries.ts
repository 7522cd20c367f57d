// Quick Enquiry storage.
import { newsletterAnswer, queueRequestEmails } from './acknowledgements';
import { getDb } from '../../db/client';
import { ENQUIRY_NEXT_STEPS } from '../../forms/next-steps';
import { type Enquiry, preferredContactOptions } from '../../validations/enquiry';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

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
    insert: async (tx, reference) => {
      const { id } = await tx.enquiry.create({
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
        select: { id: true },
      });
      await queueRequestEmails(tx, {
        type: 'enquiry',
        id,
        email: input.email,
        noun: 'enquiry',
        reference,
        name: input.name,
        company: input.company,
        nextStep: ENQUIRY_NEXT_STEPS[0],
        fields: [
          ['Name', input.name],
          ['Email', input.email],
          ['Phone', input.phone || 'Not given'],
          ['Company', input.company],
          [
            'Contact me by',
            preferredContactOptions.find((o) => o.value === input.preferredContact)?.label ?? input.preferredContact,
          ],
          ['Message', input.message],
          ['Newsletter', newsletterAnswer(input.marketingOptIn)],
        ],
      });
    },
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.name, company: input.company, source: 'form:enquiry' }
      : null,
  });
}
