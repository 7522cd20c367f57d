'use server';
// The Quick Enquiry form's action.
import { createEnquiry, findEnquiryReference } from '../data/enquiries/enquiries';
import { publicSubmission } from '../server/public-submission';
import { enquirySchema } from '../validations/enquiry';

// Used by <EnquiryForm> through useActionState.
export const submitEnquiry = publicSubmission({
  form: 'enquiry',
  schema: enquirySchema,
  prefix: 'ENQ',
  thanksPath: '/contact/thank-you',
  find: findEnquiryReference,
  create: createEnquiry,
  failure: 'We couldn’t send your enquiry just now. Nothing was lost: please try again in a moment.',
});
