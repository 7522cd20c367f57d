// Request a Quote storage.
import { newsletterAnswer, queueRequestEmails } from './acknowledgements';
import { getDb } from '../../db/client';
import { formatDate } from '../../format';
import { QUOTE_NEXT_STEPS } from '../../forms/next-steps';
import { type Quote, supplyTypeOptions } from '../../validations/quote';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

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
    prefix: 'QTE',
    find: findQuoteReference,
    insert: async (tx, reference) => {
      const contractEndDate = input.contractEndDate ? new Date(`${input.contractEndDate}T00:00:00Z`) : null;
      const { id } = await tx.quoteRequest.create({
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
          contractEndDate,
          annualSpendGbp: input.annualSpendGbp,
          annualUsageKwh: input.annualUsageKwh,
          mpan: input.mpan || null,
          mprn: input.mprn || null,
          message: input.message || null,
          marketingOptIn: input.marketingOptIn,
        },
        select: { id: true },
      });
      const given = (value: string | null | undefined) => value || 'Not given';
      const amount = (n: number | null | undefined, show: (n: string) => string) =>
        n == null ? 'Not given' : show(n.toLocaleString('en-GB'));
      await queueRequestEmails(tx, {
        type: 'quote',
        id,
        email: input.email,
        noun: 'quote request',
        reference,
        name: input.contactName,
        company: input.companyName,
        nextStep: QUOTE_NEXT_STEPS[0],
        fields: [
          ['Company', input.companyName],
          ['Contact', input.contactName],
          ['Email', input.email],
          ['Phone', input.phone],
          ['Site postcode', input.sitePostcode],
          ['Supply', supplyTypeOptions.find((o) => o.value === input.supplyType)?.label ?? input.supplyType],
          ['Current supplier', given(input.currentSupplier)],
          ['Contract ends', contractEndDate ? formatDate(contractEndDate) : 'Not given'],
          ['Annual spend', amount(input.annualSpendGbp, (n) => `£${n}`)],
          ['Annual usage', amount(input.annualUsageKwh, (n) => `${n} kWh`)],
          ['MPAN', given(input.mpan)],
          ['MPRN', given(input.mprn)],
          ['Message', given(input.message)],
          ['Newsletter', newsletterAnswer(input.marketingOptIn)],
        ],
      });
    },
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.contactName, company: input.companyName, source: 'form:quote' }
      : null,
  });
}
