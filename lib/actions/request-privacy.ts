'use server';
// The data-rights request form's action (/privacy/request).
import { createPrivacyRequest, findPrivacyRequestReference } from '../data/privacy-requests';
import { publicSubmission } from '../forms/public-submission';
import { privacyRequestSchema } from '../validations/privacy-request';

// Used by <PrivacyRequestForm> through useActionState.
export const requestPrivacyAction = publicSubmission({
  form: 'privacy-request',
  schema: privacyRequestSchema,
  prefix: 'DSR',
  thanksPath: '/privacy/request/check-email',
  find: findPrivacyRequestReference,
  create: createPrivacyRequest,
  failure: 'We couldn’t send your request just now. Nothing was lost: please try again in a moment.',
});
