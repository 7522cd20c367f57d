import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { enquiryForm } from '@/lib/forms/enquiry';

export const metadata: Metadata = { title: 'Enquiry sent', robots: { index: false } };

export default async function EnquiryThanksPage({ searchParams }: { searchParams: Promise<AcknowledgementQuery> }) {
  return (
    <Acknowledgement
      title="Thank you, your enquiry has been sent"
      query={await searchParams}
      prefix={enquiryForm.prefix}
      nextSteps={enquiryForm.nextSteps}
    />
  );
}
