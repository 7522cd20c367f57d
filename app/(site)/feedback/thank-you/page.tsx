import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { feedbackForm } from '@/lib/forms/feedback';

export const metadata: Metadata = { title: 'Thank you for your feedback', robots: { index: false } };

export default async function FeedbackThanksPage({ searchParams }: { searchParams: Promise<AcknowledgementQuery> }) {
  return (
    <Acknowledgement
      title="Thank you for your feedback"
      query={await searchParams}
      prefix={feedbackForm.prefix}
      nextSteps={[
        'Everyone in the team reads it. If it needs an answer, we will reply by email.',
        'If you said we may publish it, it appears on our website once we have reviewed it. The email we have sent you has a link to withdraw your permission at any time.',
      ]}
    />
  );
}
