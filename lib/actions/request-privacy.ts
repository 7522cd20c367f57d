'use server';
// The data-rights request form's action (/privacy/request).
import { SubmissionRefused } from '../data/forms/submissions';
import { createPrivacyRequest, findPrivacyRequestReference } from '../data/privacy/requests';
import { privacyRequestForm } from '../forms/privacy-request';
import { publicSubmission } from '../server/public-submission';
import { getRequestConsent } from '../server/request-consent';

/** Cookie records are someone's browsing choices: only the browser holding that (signed) cookie may ask for them. */
const NOT_THIS_BROWSER =
  'This consent ID is not the one in this browser’s cookie. Send the request from the browser whose cookie settings page shows it, or leave the field empty.';

// Used by <PrivacyRequestForm> through useActionState.
export const requestPrivacyAction = publicSubmission({
  ...privacyRequestForm,
  find: findPrivacyRequestReference,
  create: async (data, submissionKey) => {
    if (data.consentId && (await getRequestConsent()).decision?.consentId !== data.consentId) {
      throw new SubmissionRefused('Please correct the consent ID.', { consentId: NOT_THIS_BROWSER });
    }
    return createPrivacyRequest(data, submissionKey);
  },
});
