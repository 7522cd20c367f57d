'use server';
// The feedback form's action (/feedback).
import { createFeedback, findFeedbackReference } from '../data/have-your-say/feedback';
import { publicSubmission } from '../server/public-submission';
import { feedbackSchema } from '../validations/feedback';

// Used by <FeedbackForm> through useActionState.
export const sendFeedback = publicSubmission({
  form: 'feedback',
  schema: feedbackSchema,
  prefix: 'FBK',
  thanksPath: '/feedback/thank-you',
  find: findFeedbackReference,
  create: createFeedback,
  failure: 'We couldn’t send your feedback just now. Nothing was lost: please try again in a moment.',
});
