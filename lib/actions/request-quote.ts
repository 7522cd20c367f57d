'use server';
// The Request a Quote form's action.
import { createQuoteRequest, findQuoteReference } from '../data/enquiries/quotes';
import { publicSubmission } from '../server/public-submission';
import { quoteSchema } from '../validations/quote';

// Used by <QuoteForm> through useActionState.
export const requestQuote = publicSubmission({
  form: 'quote',
  schema: quoteSchema,
  prefix: 'QTE',
  thanksPath: '/quote/thank-you',
  find: findQuoteReference,
  create: createQuoteRequest,
  failure: 'We couldn’t send your quote request just now. Nothing was lost: please try again in a moment.',
});
