// Surveys: the answer form's schema, built from the survey's questions (the same function runs in
// the browser and in the server action), and staff's form to write a survey.
import { z } from 'zod';
import { checkbox, email, formMeta, longText, text } from './common';
import { parseQuestions, type Question } from '../surveys/questions';

function answer(q: Question) {
  const about = `“${q.label}”`;
  if (q.kind === 'text') return longText(`Your answer to ${about}`, 2_000, { required: q.required }).default('');
  const values = q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.options.map((_, i) => String(i));
  const message = q.kind === 'rating' ? `Choose a rating for ${about}` : `Choose an answer to ${about}`;
  return z
    .string()
    .default('')
    .refine((v) => values.includes(v) || (!q.required && v === ''), { message })
    .transform((v) => (v === '' ? null : Number(v)));
}

const optionalEmail = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.union([z.literal(''), email]));

// The schema for one survey's form: an answer per question, an optional email, the opt-in.
export function surveyResponseSchema(questions: Question[]) {
  return z
    .object({
      surveyId: z.uuid({ error: 'This survey could not be found' }),
      ...Object.fromEntries(questions.map((q) => [q.id, answer(q)])),
      email: optionalEmail.default(''),
      marketingOptIn: checkbox.default(false),
      ...formMeta,
    })
    .refine((v) => !v.marketingOptIn || v.email !== '', {
      path: ['email'],
      message: 'Give your email address for the newsletter, or untick the newsletter box',
    });
}

export type SurveyResponseData = { surveyId: string; email: string; marketingOptIn: boolean } & Record<
  string,
  string | number | boolean | null
>;

// Staff's survey form: the questions are checked by parsing them.
export const surveySchema = z.object({
  surveyId: z.union([z.literal(''), z.uuid()]).default(''),
  title: text('The title', 120),
  intro: longText('The introduction', 2_000),
  questions: z.string().transform((v, ctx) => {
    const parsed = parseQuestions(v);
    if (parsed.ok) return parsed.questions;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }),
});

export const surveyStatusSchema = z.object({
  surveyId: z.uuid({ error: 'This survey could not be found' }),
  status: z.enum(['OPEN', 'CLOSED'], { error: 'Choose open or closed' }),
});
