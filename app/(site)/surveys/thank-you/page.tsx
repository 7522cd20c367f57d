import type { Metadata } from 'next';
import { Acknowledgement } from '@/components/forms/acknowledgement';

export const metadata: Metadata = { title: 'Thank you for taking part', robots: { index: false } };

export default async function SurveyThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  return (
    <Acknowledgement
      title="Thank you for taking part"
      reference={(await searchParams).ref}
      prefix="SRV"
      nextSteps={['Your answers are saved. We read every survey and use them to improve our service.', 'If you gave your email address, we may contact you about your answers.']}
    />
  );
}
