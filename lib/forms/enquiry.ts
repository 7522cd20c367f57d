// The Quick Enquiry form (/contact), described once.
import type { RequestFormDescriptor } from './descriptor';
import { notStored } from './descriptor';
import { optionLabel } from './fields';
import { preferredContactOptions } from '../validations/choices';
import { enquirySchema } from '../validations/enquiry';

export const enquiryForm = {
  name: 'enquiry',
  schema: enquirySchema,
  prefix: 'ENQ',
  thankYouPath: '/contact/thank-you',
  failure: notStored('send your enquiry'),
  title: 'Quick Enquiry',
  noun: 'enquiry',
  plural: 'Quick enquiries',
  key: 'enquiries',
  nextSteps: [
    'One of our energy advisers will reply within one working day, by the contact method you chose.',
    'We use your details only to answer this enquiry.',
  ],
  fields: [
    { key: 'name', label: 'Name' },
    { key: 'email', label: 'Email' },
    { key: 'phone', label: 'Phone' },
    { key: 'company', label: 'Company' },
    { key: 'message', label: 'Message' },
    { key: 'preferredContact', label: 'Preferred contact', read: optionLabel(preferredContactOptions) },
  ],
  retention: { defaultDays: 730, minDays: 30 },
} as const satisfies RequestFormDescriptor<'enquiry'>;
