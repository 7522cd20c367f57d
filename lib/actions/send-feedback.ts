'use server';
// The feedback form's action (/feedback).
import { createFeedback, findFeedbackReference } from '../data/have-your-say/feedback';
import { feedbackForm } from '../forms/feedback';
import { publicSubmission } from '../server/public-submission';

// Used by <FeedbackForm> through useActionState.
export const sendFeedback = publicSubmission({
  ...feedbackForm,
  find: findFeedbackReference,
  create: createFeedback,
});
