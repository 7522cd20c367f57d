'use server';
// The Quick Enquiry form's action.
import { createEnquiry, findEnquiryReference } from '../data/enquiries/enquiries';
import { enquiryForm } from '../forms/enquiry';
import { publicSubmission } from '../server/public-submission';

// Used by <EnquiryForm> through useActionState.
export const submitEnquiry = publicSubmission({
  ...enquiryForm,
  find: findEnquiryReference,
  create: createEnquiry,
});
