import type { Metadata } from 'next';
import { Acknowledgement } from '@/components/forms/acknowledgement';
import { ENQUIRY_NEXT_STEPS } from '@/lib/forms/next-steps';

export const metadata: Metadata = { title: 'Enquiry sent', robots: { index: false } };

export default async function EnquiryThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  return (
    <Acknowledgement
      title="Thank you, your enquiry has been sent"
      reference={(await searchParams).ref}
      prefix="ENQ"
      nextSteps={ENQUIRY_NEXT_STEPS}
    />
  );
}
