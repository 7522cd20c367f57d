// Competitions: the public entry form (one schema for browser and server) and staff's form to set one up.
import { z } from 'zod';
import { fromUkLocalInput } from '../uk-time';
import { checkbox, email, formMeta, longText, text } from './common';

export const competitionEntrySchema = z.object({
  competitionId: z.uuid({ error: 'This competition could not be found' }),
  // In the order the form asks, so the error summary lists problems in page order.
  answer: z.string({ error: 'Choose your answer' }).regex(/^\d$/, 'Choose your answer').transform(Number),
  name: text('Your name', 100),
  email,
  terms: checkbox.refine((v) => v, { message: 'Tick the box to confirm you accept the terms' }),
  marketingOptIn: checkbox.default(false),
  ...formMeta,
});

export type CompetitionEntryData = z.output<typeof competitionEntrySchema>;

const when = (label: string) =>
  z
    .string({ error: `Enter when it ${label}` })
    .transform(
      (v, ctx) =>
        fromUkLocalInput(v.trim()) ??
        (ctx.addIssue({ code: 'custom', message: `Enter when it ${label}, as a date and time` }), z.NEVER),
    );

// Staff's form: answers are one per line (two to six), the right one given by its number.
export const competitionSchema = z
  .object({
    title: text('The title', 120),
    description: longText('The description', 3_000),
    terms: longText('The terms', 10_000),
    question: text('The question', 200),
    options: z
      .string()
      .transform((v) =>
        v
          .split(/\r?\n/)
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine((o) => o.length >= 2 && o.length <= 6, 'Give between two and six answers, one per line')
      .refine((o) => o.every((a) => a.length <= 120), 'Each answer must be 120 characters or fewer'),
    correctOption: z
      .string()
      .trim()
      .regex(/^[1-6]$/, 'Enter the number of the right answer, like 2')
      .transform(Number),
    opensAt: when('opens'),
    closesAt: when('closes'),
  })
  // Checked once every field is valid: the number must name one of the answers, and the dates be in order.
  .refine((v) => v.correctOption <= v.options.length, {
    path: ['correctOption'],
    message: 'The number of the right answer must match one of the answers',
  })
  .refine((v) => v.closesAt > v.opensAt, {
    path: ['closesAt'],
    message: 'The closing date must be after the opening date',
  });

export type CompetitionData = z.output<typeof competitionSchema>;

export const drawSchema = z.object({
  competitionId: z.uuid({ error: 'This competition could not be found' }),
  reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer').default(''),
});

export const competitionIdSchema = z.object({
  competitionId: z.uuid({ error: 'This competition could not be found' }),
});
