// The feedback form (/feedback), described once.
import { notStored, type PublicFormDescriptor } from './descriptor';
import { feedbackSchema } from '../validations/feedback';

export const feedbackForm = {
  name: 'feedback',
  schema: feedbackSchema,
  prefix: 'FBK',
  thankYouPath: '/feedback/thank-you',
  failure: notStored('send your feedback'),
} as const satisfies PublicFormDescriptor;
