import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { quoteForm } from '@/lib/forms/quote';

export const metadata: Metadata = { title: 'Quote requested', robots: { index: false } };

export default async function QuoteThanksPage({ searchParams }: { searchParams: Promise<AcknowledgementQuery> }) {
  return (
    <Acknowledgement
      title="Thank you, we’re preparing your quote"
      query={await searchParams}
      prefix={quoteForm.prefix}
      nextSteps={quoteForm.nextSteps}
    />
  );
}
