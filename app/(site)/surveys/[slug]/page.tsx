import type { Metadata } from 'next';
import Link from 'next/link';
import { SurveyForm } from '@/components/forms/survey-form';
import { NotHere } from '@/components/site/not-here';
import { surveyBySlug } from '@/lib/data/have-your-say/surveys';
import { pageFormToken } from '@/lib/server/form-guard';
import { isSlug } from '@/lib/slug';

export const metadata: Metadata = { title: 'Customer survey' };

export default async function SurveyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const survey = isSlug(slug) ? await surveyBySlug(slug) : null;
  if (!survey) {
    return (
      <NotHere title="Survey not found" href="/surveys" label="the surveys open now">
        There is no survey at this address.
      </NotHere>
    );
  }
  return (
    <div className="container narrow">
      <p>
        <Link href="/surveys">All surveys</Link>
      </p>
      <h1>{survey.title}</h1>
      <p className="prewrap">{survey.intro}</p>
      {survey.status === 'OPEN' ? (
        <>
          <p>Questions marked (optional) can be left out. You don’t need to give your name or email.</p>
          <SurveyForm formToken={await pageFormToken()} surveyId={survey.id} questions={survey.questions} />
        </>
      ) : (
        <p role="status">This survey has closed. Thank you for wanting to take part.</p>
      )}
    </div>
  );
}
