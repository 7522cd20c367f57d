import type { Metadata } from 'next';
import { Acknowledgement, type AcknowledgementQuery } from '@/components/forms/acknowledgement';
import { CONFIRMATION_TTL_MS } from '@/lib/data/newsletter/subscription';
import { newsletterForm } from '@/lib/forms/newsletter';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

const days = CONFIRMATION_TTL_MS / (24 * 60 * 60 * 1000);

export default async function NewsletterCheckEmailPage({
  searchParams,
}: {
  searchParams: Promise<AcknowledgementQuery>;
}) {
  return (
    <Acknowledgement
      title="Check your email to confirm your subscription"
      // The sign-up box is the whole form here; its next steps already say what the email is for.
      query={{ ref: (await searchParams).ref }}
      prefix={newsletterForm.prefix}
      nextSteps={[
        'We have sent you an email with a confirmation link. Your subscription is not active until you follow it.',
        `The link works for ${days} days. If nothing arrives within a few minutes, check your spam or junk folder.`,
        'If you do not confirm, we will not send you the newsletter or anything else.',
      ]}
    />
  );
}
