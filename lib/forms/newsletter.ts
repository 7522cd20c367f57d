// The newsletter sign-up form (/newsletter, the policy page and the footer), described once.
import { notStored, type PublicFormDescriptor } from './descriptor';
import { newsletterSchema } from '../validations/newsletter';

export const newsletterForm = {
  name: 'newsletter',
  schema: newsletterSchema,
  prefix: 'NWS',
  thankYouPath: '/newsletter/check-email',
  failure: notStored('sign you up'),
} as const satisfies PublicFormDescriptor;
