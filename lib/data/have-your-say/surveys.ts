// Customer surveys: staff write and open or close them; anyone answers an open one, anonymously
// unless they choose to give an email address.
import { getDb } from '../../db/client';
import { surveyForm } from '../../forms/survey';
import type { Prisma } from '../../generated/prisma/client';
import { firstFreeSlug, slugOf } from '../../slug';
import type { Question } from '../../surveys/questions';
import type { SurveyResponseData } from '../../validations/survey';
import { SubmissionRefused } from '../forms/submissions';
import { type StoredSubmission, storeOnce } from '../forms/submissions';
import { jsonInput, questionsColumn } from '../json-columns';

type SurveyInput = { title: string; intro: string; questions: Question[] };

// Saves a new survey as a draft, or changes a draft; an opened survey's questions are fixed, so
// every response answers the same questions. Returns the id, or null when it can no longer change.
export async function saveSurvey(surveyId: string, input: SurveyInput, actor: string): Promise<string | null> {
  const db = await getDb();
  const data = {
    title: input.title,
    intro: input.intro,
    questions: jsonInput(input.questions),
  };
  if (surveyId) {
    const changed = await db.survey.updateMany({ where: { id: surveyId, status: 'DRAFT' }, data });
    return changed.count ? surveyId : null;
  }
  const base = slugOf(input.title, 'survey');
  const taken = await db.survey.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const { id } = await db.survey.create({
    data: {
      ...data,
      slug: firstFreeSlug(
        base,
        taken.map((t) => t.slug),
      ),
      createdBy: actor,
    },
    select: { id: true },
  });
  return id;
}

// Opens or closes a survey (a closed one can be opened again).
export async function setSurveyStatus(id: string, status: 'OPEN' | 'CLOSED', now = new Date()): Promise<boolean> {
  const db = await getDb();
  const changed = await db.survey.updateMany({
    where: { id },
    data: status === 'OPEN' ? { status, openedAt: now, closedAt: null } : { status, closedAt: now },
  });
  return changed.count > 0;
}

export type SurveyRow = {
  id: string;
  slug: string;
  title: string;
  intro: string;
  status: 'DRAFT' | 'OPEN' | 'CLOSED';
  questions: Question[];
};
const asSurvey = <T extends { questions: Prisma.JsonValue }>(s: T) => ({
  ...s,
  questions: questionsColumn.parse(s.questions),
});

// Surveys open now, for the public list.
export async function openSurveys() {
  const db = await getDb();
  return db.survey.findMany({
    where: { status: 'OPEN' },
    orderBy: { openedAt: 'desc' },
    select: { id: true, slug: true, title: true, intro: true },
  });
}

// A survey by its address; drafts are not public.
export async function surveyBySlug(slug: string): Promise<SurveyRow | null> {
  const db = await getDb();
  const found = await db.survey.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, intro: true, status: true, questions: true },
  });
  return found && found.status !== 'DRAFT' ? asSurvey(found) : null;
}

// A survey by id, for staff and for the answer form's action.
export async function surveyById(id: string) {
  const db = await getDb();
  const found = await db.survey.findUnique({ where: { id } });
  return found ? asSurvey(found) : null;
}

// All surveys with their response counts, newest first.
export async function listSurveys() {
  const db = await getDb();
  return db.survey.findMany({ orderBy: { createdAt: 'desc' }, include: { _count: { select: { responses: true } } } });
}

// The reference already stored for this form render, if any.
export async function findResponseReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (
    (await db.surveyResponse.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null
  );
}

// Stores one set of answers while the survey is open (and, when ticked, the marketing opt-in).
export function createSurveyResponse(
  survey: SurveyRow,
  data: SurveyResponseData,
  submissionKey: string,
): Promise<StoredSubmission> {
  if (survey.status !== 'OPEN')
    throw new SubmissionRefused('This survey has closed. Thank you for wanting to take part.');
  const answers = Object.fromEntries(survey.questions.map((q) => [q.id, data[q.id] ?? null]));
  return storeOnce(submissionKey, {
    prefix: surveyForm.prefix,
    find: findResponseReference,
    insert: (tx, reference) =>
      tx.surveyResponse.create({
        data: {
          reference,
          submissionKey,
          surveyId: survey.id,
          answers,
          email: data.email || null,
          marketingOptIn: data.marketingOptIn,
        },
      }),
    marketing: data.marketingOptIn && data.email ? { email: data.email, source: `form:survey:${survey.slug}` } : null,
  });
}
