// The data-rights request form (/privacy/request), described once.
import { notStored, type PublicFormDescriptor } from './descriptor';
import { privacyRequestSchema } from '../validations/privacy-request';

export const privacyRequestForm = {
  name: 'privacy-request',
  schema: privacyRequestSchema,
  prefix: 'DSR',
  thankYouPath: '/privacy/request/check-email',
  failure: notStored('send your request'),
} as const satisfies PublicFormDescriptor;
