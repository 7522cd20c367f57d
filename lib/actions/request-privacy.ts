'use server';
// The data-rights request form's action (/privacy/request).
import { SubmissionRefused } from '../data/forms/submissions';
import { createPrivacyRequest, findPrivacyRequestReference } from '../data/privacy/requests';
import { publicSubmission } from '../server/public-submission';
import { getRequestConsent } from '../server/request-consent';
import { privacyRequestSchema } from '../validations/privacy-request';

/** Cookie records are someone's browsing choices: only the browser holding that (signed) cookie may ask for them. */
const NOT_THIS_BROWSER =
  'This consent ID is not the one in this browser’s cookie. Send the request from the browser whose cookie settings page shows it, or leave the field empty.';

// Used by <PrivacyRequestForm> through useActionState.
export const requestPrivacyAction = publicSubmission({
  form: 'privacy-request',
  schema: privacyRequestSchema,
  prefix: 'DSR',
  thanksPath: '/privacy/request/check-email',
  find: findPrivacyRequestReference,
  create: async (data, submissionKey) => {
    if (data.consentId && (await getRequestConsent()).decision?.consentId !== data.consentId) {
      throw new SubmissionRefused('Please correct the consent ID.', { consentId: NOT_THIS_BROWSER });
    }
    return createPrivacyRequest(data, submissionKey);
  },
  failure: 'We couldn’t send your request just now. Nothing was lost: please try again in a moment.',
});
