// Request a Quote storage, and its table as the work queue and data-rights handling read it.
import { type PersonColumns, recordFrame, type RequestTable } from './request-table';
import { getDb } from '../../db/client';
import { quoteForm } from '../../forms/quote';
import type { QuoteRequest } from '../../generated/prisma/client';
import type { Quote } from '../../validations/quote';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

export const quoteTable: RequestTable<QuoteRequest> = {
  form: quoteForm,
  sql: 'QuoteRequest',
  columns: { name: 'contactName', company: 'companyName', phone: 'phone' } satisfies PersonColumns<QuoteRequest>,
  noteColumn: 'quoteId',
  model: (db) => db.quoteRequest,
  record: (q) =>
    recordFrame(q, {
      name: q.contactName,
      email: q.email,
      phone: q.phone,
      company: q.companyName,
      sitePostcode: q.sitePostcode,
      supplyType: q.supplyType,
      currentSupplier: q.currentSupplier,
      contractEndDate: q.contractEndDate?.toISOString().slice(0, 10) ?? null,
      annualSpendGbp: q.annualSpendGbp,
      annualUsageKwh: q.annualUsageKwh,
      mpan: q.mpan,
      mprn: q.mprn,
      message: q.message,
    }),
};

// The reference of the quote request already stored for this form render, if any.
export async function findQuoteReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (
    (await db.quoteRequest.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null
  );
}

// Stores the request and, only when the box was ticked, its marketing consent.
export function createQuoteRequest(input: Quote, submissionKey: string): Promise<StoredSubmission> {
  return storeOnce(submissionKey, {
    prefix: quoteForm.prefix,
    find: findQuoteReference,
    // One insert; its emails are owed until the outbox worker queues them (owed-emails.ts).
    oneStatement: true,
    insert: async (tx, reference) => {
      await tx.quoteRequest.create({
        data: {
          reference,
          submissionKey,
          companyName: input.companyName,
          contactName: input.contactName,
          email: input.email,
          phone: input.phone,
          sitePostcode: input.sitePostcode,
          supplyType: input.supplyType,
          currentSupplier: input.currentSupplier || null,
          contractEndDate: input.contractEndDate ? new Date(`${input.contractEndDate}T00:00:00Z`) : null,
          annualSpendGbp: input.annualSpendGbp,
          annualUsageKwh: input.annualUsageKwh,
          mpan: input.mpan || null,
          mprn: input.mprn || null,
          message: input.message || null,
          marketingOptIn: input.marketingOptIn,
        },
      });
    },
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.contactName, company: input.companyName, source: `form:${quoteForm.name}` }
      : null,
  });
}
