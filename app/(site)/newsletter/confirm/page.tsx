import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkConfirmForm } from '@/components/site/link-confirm-form';
import { confirmNewsletter } from '@/lib/actions/confirm-subscription';
import { checkConfirmation } from '@/lib/data/newsletter/subscription';
import { ConfirmationLinkInvalid } from './link-invalid';

// The token is a secret: never sent on to another site in a Referer header (same-origin keeps Origin on the confirm post).
export const metadata: Metadata = {
  title: 'Confirm your subscription',
  referrer: 'same-origin',
  robots: { index: false },
};

export default async function ConfirmSubscriptionPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const state = await checkConfirmation(token);
  // Rendered here rather than through notFound(): Next.js streams a segment's not-found page, so
  // without JavaScript it arrived blank.
  if (state === 'invalid' || state === 'expired') return <ConfirmationLinkInvalid />;
  if (state === 'confirmed') {
    return (
      <div className="container narrow">
        <div className="panel-success" role="status">
          <h1>Your subscription is already confirmed</h1>
          <p>You don’t need to do anything else. The newsletter will arrive once a month.</p>
        </div>
        <p>
          <Link href="/">Back to the home page</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>Confirm your newsletter subscription</h1>
      <p>
        Press the button to start receiving our monthly newsletter. You can unsubscribe from any issue with one click.
      </p>
      <LinkConfirmForm action={confirmNewsletter} token={token} label="Confirm my subscription" />
      <p>If you didn’t ask for the newsletter, close this page: you won’t be subscribed.</p>
    </div>
  );
}
