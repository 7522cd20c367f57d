'use server';
// The newsletter sign-up form's action (the /newsletter page, the policy page and the footer).
import { createSubscriptionRequest } from '../data/newsletter/sign-up';
import { findSubscriptionReference } from '../data/newsletter/subscription';
import { publicSubmission } from '../server/public-submission';
import { newsletterSchema } from '../validations/newsletter';

// Used by <NewsletterForm> through useActionState.
export const subscribeToNewsletter = publicSubmission({
  form: 'newsletter',
  schema: newsletterSchema,
  prefix: 'NWS',
  thanksPath: '/newsletter/check-email',
  find: findSubscriptionReference,
  create: createSubscriptionRequest,
  failure: 'We couldn’t sign you up just now. Nothing was lost: please try again in a moment.',
});
