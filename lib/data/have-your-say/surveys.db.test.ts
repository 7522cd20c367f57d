import { describe, expect, it } from 'vitest';
import { surveyCsvRows, surveyResults } from './survey-results';
import { createSurveyResponse, saveSurvey, setSurveyStatus, surveyById } from './surveys';
import { parseQuestions } from '../../surveys/questions';
import { migratedDatabaseForFile } from '../../testing/migrated-client';
import { type SurveyResponseData, surveyResponseSchema } from '../../validations/survey';

const database = migratedDatabaseForFile();
const parsed = parseQuestions(
  'rating*: How satisfied are you?\nchoice: How did you hear about us? | Search | A friend | Other\ntext: Anything else?',
);
const questions = parsed.ok ? parsed.questions : [];

async function answer(surveyId: string, values: Record<string, string>) {
  const survey = (await surveyById(surveyId))!;
  const data = surveyResponseSchema(questions).parse({ surveyId, ...values }) as SurveyResponseData;
  return createSurveyResponse(survey, data, crypto.randomUUID());
}

describe(`surveys on ${process.env.TEST_DB}`, () => {
  it('takes answers only while open, keeps them anonymous unless an email is given, and summarises them', async () => {
    const id = (await saveSurvey('', { title: 'How did we do?', intro: 'Three questions.', questions }, 'Sam'))!;
    await expect(answer(id, { q1: '5' })).rejects.toThrow(/has closed/);
    expect(await setSurveyStatus(id, 'OPEN')).toBe(true);
    // Once open, the questions are fixed.
    expect(await saveSurvey(id, { title: 'Changed', intro: 'x', questions: questions.slice(0, 1) }, 'Sam')).toBeNull();
    await answer(id, { q1: '5', q2: '0', q3: 'Quick and friendly' });
    await answer(id, { q1: '4', q2: '1', q3: '=HYPERLINK("x")', email: 'Named@Example.com' });
    await answer(id, { q1: '4' });
    const db = database();
    expect((await db.surveyResponse.findMany({ orderBy: { createdAt: 'asc' } })).map((r) => r.email)).toEqual([
      null,
      'named@example.com',
      null,
    ]);

    const { responses, results } = await surveyResults(id, questions);
    expect(responses).toBe(3);
    expect(results[0]).toMatchObject({
      kind: 'counts',
      answered: 3,
      bars: [
        { label: '1', count: 0 },
        { label: '2', count: 0 },
        { label: '3', count: 0 },
        { label: '4', count: 2 },
        { label: '5', count: 1 },
      ],
    });
    expect(results[0]!.kind === 'counts' && results[0]!.average).toBeCloseTo(4.333, 2);
    expect(results[1]).toMatchObject({
      answered: 2,
      bars: [
        { label: 'Search', count: 1 },
        { label: 'A friend', count: 1 },
        { label: 'Other', count: 0 },
      ],
    });
    expect(results[2]).toMatchObject({ kind: 'text', answered: 2 });

    const rows = [];
    for await (const row of surveyCsvRows(id, questions, 2)) rows.push(row);
    expect(rows[0]).toEqual([
      'reference',
      'submitted_at',
      'email',
      'How satisfied are you?',
      'How did you hear about us?',
      'Anything else?',
    ]);
    expect(
      rows
        .slice(1)
        .map((r) => r.slice(3))
        .sort(),
    ).toEqual([
      ['4', '', ''],
      ['4', 'A friend', '=HYPERLINK("x")'],
      ['5', 'Search', 'Quick and friendly'],
    ]);

    await setSurveyStatus(id, 'CLOSED');
    await expect(answer(id, { q1: '3' })).rejects.toThrow(/has closed/);
  });

  it('checks answers against the questions: required, in range, and an email for the newsletter', () => {
    const schema = surveyResponseSchema(questions);
    const errors = (input: Record<string, string>) => {
      const result = schema.safeParse({ surveyId: crypto.randomUUID(), ...input });
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({})).toEqual({ q1: 'Choose a rating for “How satisfied are you?”' });
    expect(errors({ q1: '6', q2: '3' })).toEqual({
      q1: 'Choose a rating for “How satisfied are you?”',
      q2: 'Choose an answer to “How did you hear about us?”',
    });
    expect(errors({ q1: '3', marketingOptIn: 'yes' })).toEqual({
      email: 'Give your email address for the newsletter, or untick the newsletter box',
    });
    expect(errors({ q1: '3', email: 'not-an-email' })).toHaveProperty('email');
  });
});
