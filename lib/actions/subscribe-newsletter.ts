'use server';
// The newsletter sign-up form's action (the /newsletter page, the policy page and the footer).
import { createSubscriptionRequest } from '../data/newsletter/sign-up';
import { findSubscriptionReference } from '../data/newsletter/subscription';
import { newsletterForm } from '../forms/newsletter';
import { publicSubmission } from '../server/public-submission';

// Used by <NewsletterForm> through useActionState.
export const subscribeToNewsletter = publicSubmission({
  ...newsletterForm,
  find: findSubscriptionReference,
  create: createSubscriptionRequest,
});
