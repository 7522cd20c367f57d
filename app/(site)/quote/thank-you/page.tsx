import type { Metadata } from 'next';
import { Acknowledgement } from '@/components/forms/acknowledgement';

export const metadata: Metadata = { title: 'Quote requested' };

export default async function QuoteThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  return (
    <Acknowledgement
      title="Thank you, we’re preparing your quote"
      reference={(await searchParams).ref}
      prefix="QTE"
      nextSteps={[
        'An energy adviser compares suppliers for your site and contacts you within two working days.',
        'If we need a recent bill to confirm your meter details, we will ask for it.',
        'We use your details only to prepare and discuss this quote.',
      ]}
    />
  );
}
