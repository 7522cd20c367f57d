'use server';
// The Quick Enquiry form's action: validate, guard against spam and floods, store, acknowledge.
import { redirect } from 'next/navigation';
import { type ActionState, validatedAction } from '../action-state';
import { createEnquiry, findEnquiryReference, newReference } from '../data/enquiries';
import { guardSubmission } from '../forms/guard';
import { enquirySchema } from '../validations/enquiry';

const thanks = (reference: string) => `/contact/thank-you?ref=${encodeURIComponent(reference)}`;

// Used by <EnquiryForm> through useActionState; works as a plain form post without JavaScript.
export const submitEnquiry = validatedAction(enquirySchema, async (data, values): Promise<ActionState> => {
  const guard = await guardSubmission('enquiry', data, async (key) => (await findEnquiryReference(key)) !== null);
  // Caught spam gets the same answer as a person, so bots learn nothing, and nothing is stored.
  if (guard.outcome === 'spam') redirect(thanks(newReference('ENQ')));
  if (guard.outcome === 'limited') return { status: 'error', message: guard.message, fieldErrors: {}, values };
  let reference: string;
  try {
    ({ reference } = await createEnquiry(data, guard.submissionKey));
  } catch (error) {
    console.error('Could not store an enquiry:', error);
    return {
      status: 'error',
      message: 'We couldn’t send your enquiry just now. Nothing was lost: please try again in a moment.',
      fieldErrors: {},
      values,
    };
  }
  redirect(thanks(reference));
});
