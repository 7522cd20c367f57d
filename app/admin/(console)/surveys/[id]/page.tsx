import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SurveyEditor } from '@/components/admin/survey-editor';
import { SurveyResults } from '@/components/admin/survey-results';
import { SurveyStatusForm } from '@/components/admin/survey-status-form';
import { requireStaff } from '@/lib/auth/current';
import { surveyResults } from '@/lib/data/have-your-say/survey-results';
import { surveyById } from '@/lib/data/have-your-say/surveys';
import { questionsToSource } from '@/lib/surveys/questions';
import { isUuid } from '@/lib/validations/common';

export const metadata: Metadata = { title: 'Survey' };

const NOTICES: Record<string, string> = {
  saved: 'Survey saved.',
  opened: 'The survey is open: anyone can answer it now.',
  closed: 'The survey is closed: it takes no more answers.',
};

export default async function SurveyAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; changed?: string }>;
}) {
  await requireStaff();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const survey = await surveyById(id);
  if (!survey) notFound();
  const { saved, changed } = await searchParams;
  const notice = saved ? NOTICES.saved : changed ? NOTICES[changed] : undefined;
  const { responses, results } = await surveyResults(id, survey.questions);
  return (
    <>
      <p>
        <Link href="/admin/surveys">Back to surveys</Link>
      </p>
      <h1>{survey.title}</h1>
      {notice ? (
        <p className="panel-success" role="status">
          {notice}
        </p>
      ) : null}
      <p>
        {survey.status === 'DRAFT'
          ? 'A draft: nobody can answer it yet.'
          : survey.status === 'OPEN'
            ? 'Open: anyone can answer it at '
            : 'Closed: it takes no more answers. Its address is '}
        {survey.status !== 'DRAFT' ? <Link href={`/surveys/${survey.slug}`}>/surveys/{survey.slug}</Link> : null}
      </p>
      <SurveyStatusForm surveyId={id} status={survey.status} />
      {survey.status === 'DRAFT' ? (
        <>
          <h2>Questions</h2>
          <SurveyEditor
            surveyId={id}
            title={survey.title}
            intro={survey.intro}
            questions={questionsToSource(survey.questions)}
          />
        </>
      ) : (
        <>
          <h2>Results</h2>
          <p>
            {responses} response{responses === 1 ? '' : 's'}.{' '}
            {responses ? <a href={`/admin/surveys/${id}/export`}>Download every response as CSV</a> : null}
          </p>
          <SurveyResults results={results} />
        </>
      )}
    </>
  );
}
