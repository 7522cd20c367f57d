// Feedback and testimonials: one schema for the browser and the server action. Permission to
// publish is its own question, answered "no" unless the person chooses otherwise.
import { z } from 'zod';
import { publishOptions } from './choices';
import { checkbox, email, formMeta, longText, text } from './common';

/** Stored with each permission given, as the evidence of what the person agreed to. */
export const publishWording = (permission: 'NAMED' | 'ANONYMOUS') =>
  `${publishOptions.find((o) => o.value === permission)!.label}. I can withdraw this permission at any time.`;

export const feedbackSchema = z.object({
  name: text('Your name', 100),
  email,
  company: text('Company name', 150, { required: false }).default(''),
  rating: z
    .enum(['1', '2', '3', '4', '5', ''], { error: 'Choose a rating from 1 to 5, or leave it blank' })
    .default('')
    .transform((v) => (v === '' ? null : Number(v))),
  message: longText('Your feedback', 2_000),
  permission: z
    .enum(['NONE', 'NAMED', 'ANONYMOUS'], { error: 'Choose whether we may publish your feedback' })
    .catch('NONE'),
  marketingOptIn: checkbox.default(false),
  ...formMeta,
});

export type FeedbackData = z.output<typeof feedbackSchema>;

// The back office's buttons beside a piece of feedback.
export const feedbackDecisionSchema = z.object({
  feedbackId: z.uuid({ error: 'That feedback could not be found' }),
  decision: z.enum(['APPROVED', 'HIDDEN', 'WITHDRAW'], { error: 'Choose what to do with this feedback' }),
});
