// Newsletter sign-up: one schema for react-hook-form in the browser and the server action.
import { z } from 'zod';
import { email, formMeta, text } from './common';

export const newsletterSchema = z.object({
  name: text('Your name', 100),
  email,
  company: text('Company name', 150, { required: false }).default(''),
  // Here the opt-in is the point of the form, so it must be ticked; it is still never pre-ticked.
  marketingOptIn: z
    .union([z.literal('yes'), z.literal('on'), z.literal(true), z.literal(''), z.literal(false), z.undefined()])
    .refine((v) => v === 'yes' || v === 'on' || v === true, {
      message: 'Tick the box to confirm you want the newsletter',
    })
    .transform(() => true as const),
  ...formMeta,
});
