import type { Metadata } from 'next';
import Link from 'next/link';
import { organisation } from '@/lib/site-config';

export const metadata: Metadata = { title: 'Subscription confirmed', robots: { index: false } };

export default function SubscriptionConfirmedPage() {
  return (
    <div className="container narrow">
      <div className="panel-success" role="status">
        <h1>Thank you, your subscription is confirmed</h1>
        <p>You will receive the {organisation.tradingName} newsletter once a month.</p>
      </div>
      <h2>Changing your mind</h2>
      <ul>
        <li>Every newsletter has an unsubscribe link: one click and you will receive no more.</li>
        <li>
          Or email <a href={`mailto:${organisation.email}`}>{organisation.email}</a> and we will take you off the list.
        </li>
      </ul>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </div>
  );
}
