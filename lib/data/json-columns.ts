// The JSON columns, read through zod: what comes out of the database is checked against the shape the code
// expects, so a row that does not match fails loudly where it is read instead of travelling on behind a cast.
import { z } from 'zod';
import type { CopyRecord } from '../forms/fields';
import type { Prisma } from '../generated/prisma/client';
import type { Question } from '../surveys/questions';
import type { CorrectableField } from '../validations/privacy-request';

const answerValue = z.union([z.string(), z.number(), z.null()]);

/** OutboxMessage.headers: extra email headers by name. */
export const emailHeadersColumn = z.record(z.string(), z.string());

/** PrivacyRequest.corrections: the new value asked for, per correctable field. */
export const correctionsColumn = z
  .object({ name: z.string(), company: z.string(), phone: z.string() })
  .partial() satisfies z.ZodType<Partial<Record<CorrectableField, string>>>;

/** Survey.questions: fixed once the survey opens. */
export const questionsColumn = z.array(
  z.object({
    id: z.string(),
    kind: z.enum(['rating', 'choice', 'text']),
    label: z.string(),
    required: z.boolean(),
    options: z.array(z.string()),
  }),
) satisfies z.ZodType<Question[]>;

/** SurveyResponse.answers: by question id; a choice as its option's index. */
export const answersColumn = z.record(z.string(), answerValue);

const copyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.array(z.object({ question: z.string(), answer: answerValue })),
]) satisfies z.ZodType<CopyRecord[string]>;

/** PrivacyRequest.exportData: the copy of someone's data as released. */
export const dataCopyColumn = z.object({
  reference: z.string(),
  generatedAt: z.string(),
  email: z.string(),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      about: z.string(),
      records: z.array(z.record(z.string(), copyValue)),
    }),
  ),
});

// Our own typed value as Prisma's JSON input, which asks for index signatures that object types lack.
export function jsonInput(value: object): Prisma.InputJsonValue {
  return value;
}
