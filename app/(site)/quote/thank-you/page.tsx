import type { Metadata } from 'next';
import { Acknowledgement } from '@/components/forms/acknowledgement';
import { QUOTE_NEXT_STEPS } from '@/lib/forms/next-steps';

export const metadata: Metadata = { title: 'Quote requested', robots: { index: false } };

export default async function QuoteThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  return (
    <Acknowledgement
      title="Thank you, we’re preparing your quote"
      reference={(await searchParams).ref}
      prefix="QTE"
      nextSteps={QUOTE_NEXT_STEPS}
    />
  );
}
