import type { Metadata } from 'next';
import { Acknowledgement } from '@/components/forms/acknowledgement';

export const metadata: Metadata = { title: 'Enquiry sent' };

export default async function EnquiryThanksPage({ searchParams }: { searchParams: Promise<{ ref?: string | string[] }> }) {
  return (
    <Acknowledgement
      title="Thank you, your enquiry has been sent"
      reference={(await searchParams).ref}
      prefix="ENQ"
      nextSteps={[
        'One of our energy advisers will reply within one working day, by the contact method you chose.',
        'We use your details only to answer this enquiry.',
      ]}
    />
  );
}
