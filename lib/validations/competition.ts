// Competitions: the public entry form (one schema for browser and server) and staff's form to set one up.
import { z } from 'zod';
import { fromUkLocalInput } from '../uk-time';
import { checkbox, email, formMeta, longText, text } from './common';

export const competitionEntrySchema = z.object({
  competitionId: z.uuid({ error: 'This competition could not be found' }),
  name: text('Your name', 100),
  email,
  answer: z.string({ error: 'Choose your answer' }).regex(/^\d$/, 'Choose your answer').transform(Number),
  terms: checkbox.refine((v) => v, { message: 'Tick the box to confirm you accept the terms' }),
  marketingOptIn: checkbox.default(false),
  ...formMeta,
});

export type CompetitionEntryInput = z.input<typeof competitionEntrySchema>;
export type CompetitionEntryData = z.output<typeof competitionEntrySchema>;

const when = (label: string) =>
  z.string({ error: `Enter when it ${label}` }).transform((v, ctx) => fromUkLocalInput(v.trim()) ?? (ctx.addIssue({ code: 'custom', message: `Enter when it ${label}, as a date and time` }), z.NEVER));

// Staff's form: answers are one per line (two to six), the right one given by its number.
export const competitionSchema = z
  .object({
    title: text('The title', 120),
    description: longText('The description', 3_000),
    terms: longText('The terms', 10_000),
    question: text('The question', 200),
    options: z.string().transform((v) => v.split(/\r?\n/).map((o) => o.trim()).filter(Boolean)),
    correctOption: z.string().trim().regex(/^\d$/, 'Enter the number of the right answer, like 2').transform(Number),
    opensAt: when('opens'),
    closesAt: when('closes'),
  })
  .superRefine((v, ctx) => {
    if (v.options.length < 2 || v.options.length > 6) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Give between two and six answers, one per line' });
    if (v.options.some((o) => o.length > 120)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Each answer must be 120 characters or fewer' });
    if (v.correctOption < 1 || v.correctOption > v.options.length) ctx.addIssue({ code: 'custom', path: ['correctOption'], message: `Enter a number from 1 to ${Math.max(v.options.length, 2)}` });
    if (v.closesAt <= v.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'The closing date must be after the opening date' });
  });

export type CompetitionData = z.output<typeof competitionSchema>;

export const drawSchema = z.object({
  competitionId: z.uuid({ error: 'This competition could not be found' }),
  reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer').default(''),
});
