// Quick Enquiry: one schema for react-hook-form in the browser and the server action.
import { z } from 'zod';
import { checkbox, email, formMeta, longText, text, ukPhone } from './common';

export const enquirySchema = z
  .object({
    name: text('Your name', 100),
    email,
    phone: ukPhone.default(''),
    company: text('Company name', 150),
    message: longText('Your message', 3_000),
    preferredContact: z.enum(['EMAIL', 'PHONE'], { error: 'Choose how you would like us to contact you' }),
    marketingOptIn: checkbox.default(false),
    ...formMeta,
  })
  .refine((v) => v.preferredContact !== 'PHONE' || v.phone !== '', {
    path: ['phone'],
    message: 'Enter a phone number so we can call you, or choose email',
  });

export type Enquiry = z.output<typeof enquirySchema>;
