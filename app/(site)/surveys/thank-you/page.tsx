import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { surveyForm } from '@/lib/forms/survey';

export const metadata: Metadata = { title: 'Thank you for taking part', robots: { index: false } };

export default async function SurveyThanksPage({ searchParams }: { searchParams: Promise<AcknowledgementQuery> }) {
  return (
    <Acknowledgement
      title="Thank you for taking part"
      query={await searchParams}
      prefix={surveyForm.prefix}
      nextSteps={[
        'Your answers are saved. We read every survey and use them to improve our service.',
        'If you gave your email address, we may contact you about your answers.',
      ]}
    />
  );
}
