import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { subscriptionForLink } from '@/lib/data/newsletter/subscription-status';
import { subscriberFromToken } from '@/lib/data/newsletter/unsubscribe-link';
import { formatDateTime } from '@/lib/format';
import { organisation } from '@/lib/site-config';

// The token is a secret: never passed on in a Referer header.
export const metadata: Metadata = { title: 'Unsubscribe', referrer: 'no-referrer', robots: { index: false } };

// Opening the link changes nothing (mail scanners open links): the button below does it.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const subscriberId = await subscriberFromToken(token);
  // proxy.ts answers altered links with a 400 before they get here.
  if (!subscriberId) notFound();
  const subscription = await subscriptionForLink(subscriberId);
  if (!subscription) {
    return (
      <div className="container narrow">
        <h1>This address is not on our mailing list</h1>
        <p>
          We hold no newsletter subscription for this link, so there is nothing to unsubscribe from. We will not send
          you the newsletter.
        </p>
      </div>
    );
  }
  if (subscription.status === 'UNSUBSCRIBED' || subscription.status === 'SUPPRESSED') {
    return (
      <div className="container narrow">
        <div className="panel-success" role="status">
          <h1>You are unsubscribed</h1>
          <p>
            We will not send the {organisation.tradingName} newsletter to {subscription.email} again
            {subscription.unsubscribedAt ? ` (unsubscribed ${formatDateTime(subscription.unsubscribedAt)})` : ''}.
          </p>
        </div>
        <p>
          Emails about an enquiry or quote you sent us are not affected. Changed your mind?{' '}
          <Link href="/newsletter">Sign up again</Link> and confirm the email we send you.
        </p>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>Unsubscribe from the {organisation.tradingName} newsletter</h1>
      <p>
        Press the button and we will stop sending the newsletter to {subscription.email}. You don’t need to sign in.
      </p>
      <form method="post" action={`/unsubscribe/${token}/one-click`}>
        <input type="hidden" name="via" value="page" />
        <button type="submit" className="button">
          Unsubscribe
        </button>
      </form>
      <p>Emails about an enquiry or quote you sent us are not affected.</p>
    </div>
  );
}
