import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { privacyRequestForm } from '@/lib/forms/privacy-request';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

// The same page whether or not we hold anything for the address given.
export default async function PrivacyRequestCheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<AcknowledgementQuery>;
}) {
  return (
    <Acknowledgement
      title="Check your email to confirm your request"
      query={await searchParams}
      prefix={privacyRequestForm.prefix}
      nextSteps={[
        'If the address you gave is one we can write to, we have sent it an email with a link. We act on your request only once you follow it.',
        'The link works for one hour. If nothing arrives within a few minutes, check your spam or junk folder, or send the form again.',
        'Once you confirm, we answer within one calendar month.',
      ]}
    />
  );
}
