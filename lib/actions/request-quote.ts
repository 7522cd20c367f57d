'use server';
// The Request a Quote form's action.
import { createQuoteRequest, findQuoteReference } from '../data/enquiries/quotes';
import { quoteForm } from '../forms/quote';
import { publicSubmission } from '../server/public-submission';

// Used by <QuoteForm> through useActionState.
export const requestQuote = publicSubmission({
  ...quoteForm,
  find: findQuoteReference,
  create: createQuoteRequest,
});
