// Quick Enquiry storage, and its table as the work queue and data-rights handling read it.
import { type PersonColumns, recordFrame, type RequestTable } from './request-table';
import { getDb } from '../../db/client';
import { enquiryForm } from '../../forms/enquiry';
import type { Enquiry as EnquiryRow } from '../../generated/prisma/client';
import type { Enquiry } from '../../validations/enquiry';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

export const enquiryTable: RequestTable<EnquiryRow> = {
  form: enquiryForm,
  sql: 'Enquiry',
  columns: { name: 'name', company: 'company', phone: 'phone' } satisfies PersonColumns<EnquiryRow>,
  noteColumn: 'enquiryId',
  model: (db) => db.enquiry,
  record: (e) =>
    recordFrame(e, {
      name: e.name,
      email: e.email,
      phone: e.phone,
      company: e.company,
      message: e.message,
      preferredContact: e.preferredContact,
    }),
};

// The reference of the enquiry already stored for this form render, if any.
export async function findEnquiryReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (await db.enquiry.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null;
}

// Stores the enquiry and, only when the box was ticked, its marketing consent.
export function createEnquiry(input: Enquiry, submissionKey: string): Promise<StoredSubmission> {
  return storeOnce(submissionKey, {
    prefix: enquiryForm.prefix,
    find: findEnquiryReference,
    // One insert; its emails are owed until the outbox worker queues them (owed-emails.ts).
    oneStatement: true,
    insert: async (tx, reference) => {
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
    },
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.name, company: input.company, source: `form:${enquiryForm.name}` }
      : null,
  });
}
