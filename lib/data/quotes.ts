// Request a Quote storage.
import { getDb } from '../db/client';
import type { Quote } from '../validations/quote';
import { type StoredSubmission, storeOnce } from './submissions';

// The reference of the quote request already stored for this form render, if any.
export async function findQuoteReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (await db.quoteRequest.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null;
}

// Stores the request and, only when the box was ticked, its marketing consent.
export function createQuoteRequest(input: Quote, submissionKey: string): Promise<StoredSubmission> {
  return storeOnce(submissionKey, {
    prefix: 'QTE',
    find: findQuoteReference,
    insert: (tx, reference) =>
      tx.quoteRequest.create({
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
      }),
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.contactName, company: input.companyName, source: 'form:quote' }
      : null,
  });
}
